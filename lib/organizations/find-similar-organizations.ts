import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { countryName } from "@/lib/i18n/display-names";
import { pickLocalized } from "@/lib/i18n/localized";
import { routing } from "@/lib/i18n/routing";
import type { OrganizationSnapshot } from "./schema";
import type { CurationResult } from "@/lib/curation/result";
import type { SimilarOrganization } from "./similar-organization";

/** A name as the curator typed it, with the form field it came from ("name.ru", "acronym"). */
export type TypedName = { field: string; value: string };
export type FindSimilarOptions = { locale?: string; limit?: number };

export const SIMILAR_LIMIT = 5;
/**
 * How close (pg_trgm similarity of Latin skeletons) a name must be to count as a possible duplicate, by the
 * typed name's length in letters: (n − 3)/(n + 3), at least 0.48 and at most 0.65. One wrong letter in a
 * single-word name of 8+ letters stays above it. Measured on the seed data (tests/integration/
 * similar-organizations.test.ts): the floor must lie in (0.467, 0.5] and the cap in [0.63, 0.76]; we take
 * values inside, nearer the low end, because a needless warning costs a click and a missed one a duplicate.
 * See docs/decisions/0011-duplicate-warning.md.
 */
export function similarityThreshold(letters: number): number {
  return Math.min(MAX_THRESHOLD, Math.max(MIN_THRESHOLD, (letters - 3) / (letters + 3)));
}
const MIN_THRESHOLD = 0.48;
const MAX_THRESHOLD = 0.65;
/**
 * The trigram index's cut-off for `<%`: word_similarity(q, name) ≥ similarity(q, part) for a part that is a
 * stretch of the name, so no pair reaching MIN_THRESHOLD is lost (a name without its parenthesized middle keeps
 * at least half its trigrams in one stretch, above 0.5).
 */
const INDEX_THRESHOLD = MIN_THRESHOLD;
/** Typed names shorter than this (in skeleton letters) are not compared: "AB" is like too many things. */
const MIN_LETTERS = 3;

// A name's parts, each compared on its own: the whole name, the name without parenthesized text, a
// parenthesized text of two or more words (an expansion: "IDeA (Initiatives for Development of Armenia)"),
// and a quoted proper name («Оджаг», “Russian Compatriots…”). Patterns are passed as parameters.
const PARENTHESIZED = String.raw`\s*\([^)]*\)`;
const EXPANSION = String.raw`\(([^()]*\S\s+\S[^()]*)\)`;
const QUOTED = String.raw`[«“„"]([^«»“”„"]+)[»”“"]`;
/** Stored names that have more than one part or skeleton; the others are compared through searchSkeleton alone. */
const HAS_PARTS = String.raw`[«»“”„"()əƏ]`;

/**
 * The Latin skeletons (search_skeleton(), lib/search/normalize.ts) of a name's parts, also with Azerbaijani ə
 * read as a (Vətən = Ватан), as rows (skeleton, letters). The same SQL serves typed and stored names.
 */
const partsOf = (name: Prisma.Sql) => Prisma.sql`
  SELECT DISTINCT s.skeleton, length(replace(s.skeleton, ' ', '')) AS letters FROM (
    SELECT search_skeleton(p) AS skeleton
    FROM unnest(ARRAY[${name}, translate(${name}, 'əƏ', 'aa')]) AS v(n)
    CROSS JOIN LATERAL unnest(
      ARRAY[v.n, regexp_replace(v.n, ${PARENTHESIZED}, ' ', 'g')]
      || ARRAY(SELECT m[1] FROM regexp_matches(v.n, ${EXPANSION}, 'g') AS m)
      || ARRAY(SELECT m[1] FROM regexp_matches(v.n, ${QUOTED}, 'g') AS m)
    ) AS p
  ) s WHERE s.skeleton <> ''`;

type Hit = { id: string; field: string; typed: string; existing: string; score: number };

/**
 * Published organizations whose name (in any language) or acronym is close to one of the typed names or the
 * typed acronym, best first: transliteration (Оджаг ~ Ojag), Turkic letters (Azərbaycan ~ Azerbaycan), a typo,
 * a quoted or parenthesized part of a longer name. A typed acronym must equal a stored acronym or name.
 */
export async function findSimilarOrganizations(
  typed: TypedName[],
  options: FindSimilarOptions = {},
): Promise<SimilarOrganization[]> {
  const names = typed
    .map((t) => ({ field: t.field, value: t.value.normalize("NFC").trim().slice(0, 300) }))
    .filter((t) => t.value !== "");
  const limit = options.limit ?? SIMILAR_LIMIT;
  if (names.length === 0 || limit <= 0) return [];
  const [, hits] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(INDEX_THRESHOLD)}, true)`,
    db.$queryRaw<Hit[]>(similarHitsSql(names, limit)),
  ]);
  return hits.length ? describe(hits, options.locale ?? routing.defaultLocale) : [];
}

function similarHitsSql(names: TypedName[], limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH typed AS (
      SELECT field, value FROM unnest(${names.map((n) => n.field)}::text[], ${names.map((n) => n.value)}::text[]) AS t(field, value)
    ), queries AS (
      SELECT DISTINCT ty.field, ty.value, p.skeleton AS q,
        CASE WHEN ty.field = 'acronym' THEN 1.0::float8
          ELSE greatest(${MIN_THRESHOLD}::float8, least(${MAX_THRESHOLD}::float8, (p.letters - 3)::float8 / (p.letters + 3))) END AS threshold
      FROM typed ty CROSS JOIN LATERAL (${partsOf(Prisma.sql`ty.value`)}) p
      WHERE p.letters >= ${MIN_LETTERS}
    ), by_name AS (
      SELECT q.field, q.value, q.threshold, t."organizationId" AS id, t.name AS existing,
        CASE WHEN t.name ~ ${HAS_PARTS} THEN (SELECT max(similarity(q.q, s.skeleton)) FROM (${partsOf(Prisma.sql`t.name`)}) s)
          ELSE similarity(q.q, t."searchSkeleton") END::float8 AS score
      FROM queries q JOIN "OrganizationTranslation" t ON q.q <% t."searchSkeleton"
    ), hits AS (
      SELECT id, field, value, existing, score FROM by_name WHERE score >= threshold
      UNION ALL
      SELECT o.id, q.field, q.value, o.acronym, 1.0::float8
      FROM queries q JOIN "Organization" o ON o.acronym IS NOT NULL AND search_skeleton(o.acronym) = q.q
    ), best AS (
      SELECT DISTINCT ON (id) id, field, value, existing, score FROM hits ORDER BY id, score DESC, field, existing
    )
    SELECT id::text AS id, field, value AS typed, existing, score FROM best ORDER BY score DESC, existing LIMIT ${limit}`;
}

async function describe(hits: Hit[], locale: string): Promise<SimilarOrganization[]> {
  const rows = await db.organization.findMany({
    where: { id: { in: hits.map((h) => h.id) } },
    select: {
      id: true,
      slug: true,
      translations: { select: { locale: true, name: true } },
      countries: { select: { countryCode: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    if (!row) return [];
    const countries = row.countries.map((c) => ({ code: c.countryCode, name: countryName(c.countryCode, locale) }));
    return [
      {
        slug: row.slug,
        name: pickLocalized(row.translations, "name", locale),
        countries: countries.sort((a, b) => a.name.localeCompare(b.name, locale)),
        matched: { field: hit.field, typed: hit.typed, existing: hit.existing },
        score: Math.round(hit.score * 1000) / 1000,
      },
    ];
  });
}

/** The names a curator typed into the organization form: every language's name, then the acronym. */
export function typedNamesOf(snapshot: OrganizationSnapshot): TypedName[] {
  const names = snapshot.translations.flatMap((t) => (t.name ? [{ field: `name.${t.locale}`, value: t.name }] : []));
  return snapshot.acronym ? [...names, { field: "acronym", value: snapshot.acronym }] : names;
}

/**
 * For a new organization: the "possibleDuplicates" result listing existing organizations it may duplicate,
 * unless the curator ticked "This is a different organization" (notDuplicate=1); null when it may be saved.
 */
export async function possibleDuplicates(
  snapshot: OrganizationSnapshot,
  values: Record<string, string | string[]>,
  locale?: string,
): Promise<CurationResult | null> {
  const confirmed = [values.notDuplicate].flat().includes("1");
  if (confirmed) return null;
  const duplicates = await findSimilarOrganizations(typedNamesOf(snapshot), { locale });
  return duplicates.length ? { ok: false, fieldErrors: {}, formError: "possibleDuplicates", duplicates } : null;
}
