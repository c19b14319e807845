import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { contentFallbackChain, pickLocalized } from "@/lib/i18n/localized";
import { filterConditions, translationJoins, type FilterKey } from "./filter-sql";
import type { OrganizationFilters } from "./filters";

export type FacetValue = { value: string; count: number; label?: string };
export type OrganizationFacets = Record<
  "category" | "country" | "diaspora" | "type" | "group" | "language" | "city",
  FacetValue[]
>;

type Options = { locale: string; filters: OrganizationFilters; matchedIds: string[] | null };

/**
 * Every city is counted (some hundreds at scale; the aggregation reads every organization either way), so that the
 * cached facets answer the city filter's lookup too; the filter lists the largest (components/organizations).
 */
const ALL_CITIES = 10_000;

const facetCounts = (
  { filters, matchedIds }: Omit<Options, "locale">,
  key: FilterKey,
  valueSql: Prisma.Sql,
  from: Prisma.Sql = Prisma.empty,
  limit = 200,
) =>
  db.$queryRaw<FacetValue[]>`
    SELECT v.value, count(*)::int AS count
    FROM "Organization" o ${from}
    CROSS JOIN LATERAL (${valueSql}) AS v(value)
    ${filterConditions(filters, matchedIds, key)}
    GROUP BY v.value HAVING v.value IS NOT NULL
    ORDER BY count DESC, v.value
    LIMIT ${limit}`;

/**
 * How many organizations each filter value would give, counting with every other active filter applied
 * (a facet ignores its own selection, so its alternatives stay visible).
 */
export async function getOrganizationFacets({ locale, filters, matchedIds }: Options): Promise<OrganizationFacets> {
  const count = (key: FilterKey, valueSql: Prisma.Sql, from: Prisma.Sql = Prisma.empty, limit = 200) =>
    facetCounts({ filters, matchedIds }, key, valueSql, from, limit);
  const [category, country, diaspora, type, group, language, city] = await Promise.all([
    // How many diaspora organizations and related institutions the other filters give: the tabs' counts.
    count("category", Prisma.sql`SELECT o.category::text`),
    count(
      "country",
      Prisma.sql`SELECT c."countryCode"::text FROM "OrganizationCountry" c WHERE c."organizationId" = o.id`,
    ),
    count(
      "diaspora",
      Prisma.sql`SELECT d.slug FROM "OrganizationDiaspora" od JOIN "Diaspora" d ON d.id = od."diasporaId" WHERE od."organizationId" = o.id`,
    ),
    count("type", Prisma.sql`SELECT unnest(o.types)::text`),
    count("group", Prisma.sql`SELECT unnest(o.groups)::text`),
    count("language", Prisma.sql`SELECT unnest(o.languages)`),
    count(
      "city",
      Prisma.sql`SELECT coalesce(t1.city, t2.city, t3.city)`,
      translationJoins(contentFallbackChain(locale)),
      ALL_CITIES,
    ),
  ]);
  return { category, country, diaspora: await withDiasporaNames(diaspora, locale), type, group, language, city };
}

async function withDiasporaNames(values: FacetValue[], locale: string): Promise<FacetValue[]> {
  const rows = await db.diaspora.findMany({
    where: { slug: { in: values.map((v) => v.value) } },
    select: { slug: true, translations: { select: { locale: true, name: true } } },
  });
  const names = new Map(rows.map((r) => [r.slug, pickLocalized(r.translations, "name", locale)?.value]));
  return values.map((v) => ({ ...v, label: names.get(v.value) ?? v.value }));
}
