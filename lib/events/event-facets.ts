import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { contentFallbackChain, pickLocalized } from "@/lib/i18n/localized";
import { matchOrganizationIds } from "@/lib/search/match";
import { eventConditions, translationJoins, type EventScope, type FilterKey } from "./filter-sql";
import type { EventFilters } from "./filters";

export type FacetValue = { value: string; count: number; label?: string };
export type EventFacets = Record<"country" | "diaspora" | "type" | "organization" | "city", FacetValue[]>;

type Options = { locale: string; filters: EventFilters; scope: EventScope; matchedIds: string[] | null };

/** Organizers the filter lists at once (most events first); any other is found by typing (searchOrganizerFacet). */
export const LISTED_ORGANIZERS = 50;
/** Organizers one lookup returns. */
const LOOKUP_LIMIT = 20;
/** Organizations whose names match the typed text, examined per lookup (the best ones by name). */
const LOOKUP_CANDIDATES = 200;
/**
 * Every city is counted (some hundreds at scale; the aggregation reads every event either way), so that the
 * cached facets answer the city filter's lookup too; the filter lists the largest (components/events).
 */
const ALL_CITIES = 10_000;

const organizerValues = (restrictTo?: string[]) =>
  Prisma.sql`SELECT o.slug FROM "EventOrganizer" eo JOIN "Organization" o ON o.id = eo."organizationId"
    WHERE eo."eventId" = e.id${restrictTo ? Prisma.sql` AND o.id = ANY(${restrictTo}::uuid[])` : Prisma.empty}`;

const facetCounts = (
  { filters, scope, matchedIds }: Omit<Options, "locale">,
  key: FilterKey,
  valueSql: Prisma.Sql,
  from: Prisma.Sql = Prisma.empty,
  limit = 200,
) =>
  db.$queryRaw<FacetValue[]>`
    SELECT v.value, count(*)::int AS count
    FROM "Event" e ${from}
    CROSS JOIN LATERAL (${valueSql}) AS v(value)
    ${eventConditions(filters, scope, matchedIds, key)}
    GROUP BY v.value HAVING v.value IS NOT NULL
    ORDER BY count DESC, v.value
    LIMIT ${limit}`;

/**
 * How many events each filter value would give in the scope shown (upcoming, past, all, or the calendar's
 * month), counting with every other active filter applied (a facet ignores its own selection).
 */
export async function getEventFacets({ locale, filters, scope, matchedIds }: Options): Promise<EventFacets> {
  const count = (key: FilterKey, valueSql: Prisma.Sql, from: Prisma.Sql = Prisma.empty, limit = 200) =>
    facetCounts({ filters, scope, matchedIds }, key, valueSql, from, limit);
  const [country, diaspora, type, organization, city] = await Promise.all([
    count("country", Prisma.sql`SELECT e."countryCode"::text`),
    count(
      "diaspora",
      Prisma.sql`SELECT d.slug FROM "EventDiaspora" ed JOIN "Diaspora" d ON d.id = ed."diasporaId" WHERE ed."eventId" = e.id`,
    ),
    count("type", Prisma.sql`SELECT e.type::text`),
    count("organization", organizerValues(), Prisma.empty, LISTED_ORGANIZERS),
    count(
      "city",
      Prisma.sql`SELECT coalesce(t1.city, t2.city, t3.city)`,
      translationJoins(contentFallbackChain(locale)),
      ALL_CITIES,
    ),
  ]);
  // A chosen organizer beyond the listed ones (found by typing) is listed too, with its count.
  const chosen = filters.organization?.toLowerCase();
  if (chosen && !organization.some((v) => v.value.toLowerCase() === chosen)) {
    const found = await db.organization.findUnique({ where: { slug: chosen }, select: { id: true } });
    if (found) organization.push(...(await count("organization", organizerValues([found.id]), Prisma.empty, 1)));
  }
  const [diasporaNames, organizationNames] = await Promise.all([
    diasporaLabels(
      diaspora.map((v) => v.value),
      locale,
    ),
    organizationLabels(
      organization.map((v) => v.value),
      locale,
    ),
  ]);
  const label = (names: Map<string, string | undefined>) => (v: FacetValue) => ({
    ...v,
    label: names.get(v.value) ?? v.value,
  });
  return {
    country,
    diaspora: diaspora.map(label(diasporaNames)),
    type,
    organization: organization.map(label(organizationNames)),
    city,
  };
}

/**
 * The organizers whose names match what was typed, with how many events each gives under the other filters (as
 * the organizer facet counts them), best name match first: the organizer filter's lookup, beyond the organizers
 * it lists. Organizations without such events are left out, as the facet leaves them out.
 */
export async function searchOrganizerFacet(options: Options & { text: string }): Promise<FacetValue[]> {
  const ids = await matchOrganizationIds(options.text, LOOKUP_CANDIDATES);
  if (ids.length === 0) return [];
  const rows = await facetCounts(options, "organization", organizerValues(ids), Prisma.empty, LOOKUP_CANDIDATES);
  const slugRank = new Map(
    (await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } })).map((o) => [
      o.slug,
      ids.indexOf(o.id),
    ]),
  );
  const best = rows.sort((a, b) => slugRank.get(a.value)! - slugRank.get(b.value)!).slice(0, LOOKUP_LIMIT);
  const names = await organizationLabels(
    best.map((v) => v.value),
    options.locale,
  );
  return best.map((v) => ({ ...v, label: names.get(v.value) ?? v.value }));
}

async function diasporaLabels(slugs: string[], locale: string) {
  const rows = await db.diaspora.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, translations: { select: { locale: true, name: true } } },
  });
  return new Map(rows.map((r) => [r.slug, pickLocalized(r.translations, "name", locale)?.value]));
}

async function organizationLabels(slugs: string[], locale: string) {
  const rows = await db.organization.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, acronym: true, translations: { select: { locale: true, name: true } } },
  });
  return new Map(
    rows.map((r) => [r.slug, pickLocalized(r.translations, "name", locale)?.value ?? r.acronym ?? undefined]),
  );
}
