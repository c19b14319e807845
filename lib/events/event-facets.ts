import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { contentFallbackChain, pickLocalized } from "@/lib/i18n/localized";
import { eventConditions, translationJoins, type EventScope, type FilterKey } from "./filter-sql";
import type { EventFilters } from "./filters";

export type FacetValue = { value: string; count: number; label?: string };
export type EventFacets = Record<"country" | "diaspora" | "type" | "organization" | "city", FacetValue[]>;

type Options = { locale: string; filters: EventFilters; scope: EventScope; matchedIds: string[] | null };

/**
 * How many events each filter value would give in the scope shown (upcoming, past, all, or the calendar's
 * month), counting with every other active filter applied (a facet ignores its own selection).
 */
export async function getEventFacets({ locale, filters, scope, matchedIds }: Options): Promise<EventFacets> {
  const count = (key: FilterKey, valueSql: Prisma.Sql, from: Prisma.Sql = Prisma.empty, limit = 200) =>
    db.$queryRaw<FacetValue[]>`
      SELECT v.value, count(*)::int AS count
      FROM "Event" e ${from}
      CROSS JOIN LATERAL (${valueSql}) AS v(value)
      ${eventConditions(filters, scope, matchedIds, key)}
      GROUP BY v.value HAVING v.value IS NOT NULL
      ORDER BY count DESC, v.value
      LIMIT ${limit}`;
  const [country, diaspora, type, organization, city] = await Promise.all([
    count("country", Prisma.sql`SELECT e."countryCode"::text`),
    count(
      "diaspora",
      Prisma.sql`SELECT d.slug FROM "EventDiaspora" ed JOIN "Diaspora" d ON d.id = ed."diasporaId" WHERE ed."eventId" = e.id`,
    ),
    count("type", Prisma.sql`SELECT e.type::text`),
    count(
      "organization",
      Prisma.sql`SELECT o.slug FROM "EventOrganizer" eo JOIN "Organization" o ON o.id = eo."organizationId" WHERE eo."eventId" = e.id`,
    ),
    count(
      "city",
      Prisma.sql`SELECT coalesce(t1.city, t2.city, t3.city)`,
      translationJoins(contentFallbackChain(locale)),
      50,
    ),
  ]);
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
