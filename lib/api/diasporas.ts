import "server-only";
import { z } from "zod";
import { isCountryCode } from "@/lib/countries/iso-3166";
import { db } from "@/lib/db/client";
import { DEFAULT_CATEGORY } from "@/lib/organizations/filters";
import { isSlug } from "@/lib/validation/text";
import { Prisma } from "@/lib/db/generated/client";
import { citePresences, presenceSourceSelect } from "@/lib/diasporas/presence-citations";
import { contentFallbackChain } from "@/lib/i18n/localized";
import { matchDiasporaIds } from "@/lib/search/match";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { citationSelect, toCitations } from "@/lib/sources/citation";
import { notFound } from "./http/errors";
import { jsonMap, localizedMap, provenanceMap, withLabel } from "./localized";
import { pageOf, type Page } from "./paging";
import { readQuery, rejectIgnored } from "./query";
import { apiCitation } from "./references";
import { apiUrl, pageUrl } from "./urls";

const diasporaSelect = {
  id: true,
  slug: true,
  originCountryCode: true,
  languages: true,
  createdAt: true,
  updatedAt: true,
  translations: {
    select: { locale: true, name: true, description: true, nameProvenance: true, descriptionProvenance: true },
  },
  presences: { select: { countryCode: true } },
  // Diaspora organizations, as /organizations?diaspora= lists them; related institutions are not counted.
  _count: { select: { organizations: { where: { organization: { category: DEFAULT_CATEGORY } } }, events: true } },
} satisfies Prisma.DiasporaSelect;

type DiasporaRow = Prisma.DiasporaGetPayload<{ select: typeof diasporaSelect }>;

function represent(row: DiasporaRow, lang: string | undefined) {
  const name = localizedMap(row.translations, "name");
  return {
    id: row.id,
    slug: row.slug,
    url: pageUrl("diasporas", row.slug, lang),
    name,
    ...withLabel(name, lang),
    description: localizedMap(row.translations, "description"),
    // Where each language's name and description come from (decision 0024), as for organizations.
    name_provenance: provenanceMap(row.translations, "name", "nameProvenance"),
    description_provenance: provenanceMap(row.translations, "description", "descriptionProvenance"),
    languages: row.languages,
    origin_country: row.originCountryCode,
    host_country_count: new Set(row.presences.map((p) => p.countryCode)).size,
    organization_count: row._count.organizations,
    event_count: row._count.events,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

const rules = {
  q: z.string().trim().min(1).max(MAX_QUERY_LENGTH),
  country: z.string().trim().toUpperCase().refine(isCountryCode),
};

/** GET /diasporas: every diaspora (or those matching q / present in country), by name in lang, else Russian. */
export async function listDiasporasEndpoint(url: URL): Promise<Page<ReturnType<typeof represent>>> {
  const { params, page, perPage, lang } = readQuery(url, "/diasporas");
  const q = params.q === undefined ? undefined : rules.q.safeParse(params.q);
  const country = params.country === undefined ? undefined : rules.country.safeParse(params.country);
  rejectIgnored("/diasporas", [
    ...(q?.success === false ? ["q"] : []),
    ...(country?.success === false ? ["country"] : []),
  ]);
  const matchedIds = q?.data ? await matchDiasporaIds(q.data) : null;
  const parts: Prisma.Sql[] = [];
  if (matchedIds) parts.push(Prisma.sql`d.id = ANY(${matchedIds}::uuid[])`);
  if (country?.data)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "DiasporaPresence" p WHERE p."diasporaId" = d.id AND p."countryCode" = ${country.data})`,
    );
  const where = parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
  const [first, second = first, third = second] = contentFallbackChain(lang ?? "ru");
  const byName = Prisma.sql`lower(coalesce(t1.name, t2.name, t3.name, d.slug)), d.slug`;
  const [totals, ordered] = await Promise.all([
    db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Diaspora" d ${where}`,
    db.$queryRaw<{ id: string }[]>`
      SELECT d.id FROM "Diaspora" d
      LEFT JOIN "DiasporaTranslation" t1 ON t1."diasporaId" = d.id AND t1.locale = ${first}
      LEFT JOIN "DiasporaTranslation" t2 ON t2."diasporaId" = d.id AND t2.locale = ${second}
      LEFT JOIN "DiasporaTranslation" t3 ON t3."diasporaId" = d.id AND t3.locale = ${third}
      ${where}
      ORDER BY ${matchedIds ? Prisma.sql`array_position(${matchedIds}::uuid[], d.id), ${byName}` : byName}
      LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`,
  ]);
  const ids = ordered.map((r) => r.id);
  const rows = await db.diaspora.findMany({ where: { id: { in: ids } }, select: diasporaSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const data = ids.flatMap((id) => (byId.has(id) ? [represent(byId.get(id)!, lang)] : []));
  return pageOf(url, data, { page, perPage, total: totals[0]?.count ?? 0 });
}

/** GET /diasporas/{slug}: presence by host country (each figure tied to its citation), sources, links to its organizations and events. */
export async function getDiasporaEndpoint(url: URL, { slug }: { slug: string }) {
  const { lang } = readQuery(url, "/diasporas/{slug}");
  if (!isSlug(slug)) throw notFound("diaspora", "slug", slug);
  const row = await db.diaspora.findUnique({
    where: { slug },
    select: {
      ...diasporaSelect,
      presences: {
        select: {
          countryCode: true,
          population: true,
          year: true,
          note: true,
          inferredFrom: true,
          ...presenceSourceSelect,
        },
        orderBy: [{ countryCode: "asc" }, { year: "asc" }],
      },
      sources: citationSelect,
    },
  });
  if (!row) throw notFound("diaspora", "slug", slug);
  const { citations, numbers } = citePresences(toCitations(row.sources), row.presences);
  return {
    body: {
      data: {
        ...represent(row, lang),
        presences: row.presences.map((p, i) => ({
          country: p.countryCode,
          population: p.population,
          year: p.year,
          note: jsonMap(p.note),
          // What the presence is inferred from, per language; {} when the source states it.
          inferred_from: jsonMap(p.inferredFrom),
          citation: numbers[i] ?? null,
        })),
        // A large diaspora has thousands of organizations: they are paged lists, not part of the entry.
        links: {
          organizations: apiUrl(`/organizations?diaspora=${row.slug}`),
          events: apiUrl(`/events?diaspora=${row.slug}`),
        },
        citations: citations.map(apiCitation),
      },
    },
  };
}
