import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { contentFallbackChain, pickLocalized } from "@/lib/i18n/localized";
import { matchChoices, prepareChoices } from "@/lib/search/choice-match";
import { filterConditions, translationJoins, type FilterKey } from "./filter-sql";
import type { OrganizationFilters } from "./filters";

export type FacetValue = { value: string; count: number; label?: string };
export type OrganizationFacets = Record<
  "category" | "country" | "diaspora" | "type" | "group" | "language" | "city",
  FacetValue[]
>;

type Options = { locale: string; filters: OrganizationFilters; matchedIds: string[] | null };

/** Cities the filter lists at once (most organizations first); any other is found by typing (searchCityFacet). */
export const LISTED_CITIES = 30;
/** Cities one lookup returns. */
const LOOKUP_LIMIT = 20;
/** Cities a lookup compares what was typed with, most organizations first. */
const LOOKUP_CANDIDATES = 10_000;

/** A city in the reader's language or its fallbacks (`only`: just this one, in any case). */
const cityValue = (only?: string) =>
  only === undefined
    ? Prisma.sql`SELECT coalesce(t1.city, t2.city, t3.city)`
    : Prisma.sql`SELECT coalesce(t1.city, t2.city, t3.city) WHERE lower(coalesce(t1.city, t2.city, t3.city)) = lower(${only})`;

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
  const cities = translationJoins(contentFallbackChain(locale));
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
    count("city", cityValue(), cities, LISTED_CITIES),
  ]);
  // A chosen city beyond the listed ones (found by typing) is listed too, with its count.
  const chosen = filters.city?.toLowerCase();
  if (chosen && !city.some((v) => v.value.toLowerCase() === chosen))
    city.push(...(await count("city", cityValue(chosen), cities, 1)));
  return { category, country, diaspora: await withDiasporaNames(diaspora, locale), type, group, language, city };
}

/**
 * The cities whose names hold what was typed (compared as search skeletons, so "moskva" finds Москва), with how
 * many organizations each gives under the other filters, best match first: the city filter's lookup, beyond the
 * cities it lists.
 */
export async function searchCityFacet(options: Options & { text: string }): Promise<FacetValue[]> {
  const all = await facetCounts(
    options,
    "city",
    cityValue(),
    translationJoins(contentFallbackChain(options.locale)),
    LOOKUP_CANDIDATES,
  );
  const byName = prepareChoices(all.map((v) => ({ value: v.value, label: v.value, count: v.count })));
  return matchChoices(byName, options.text)
    .slice(0, LOOKUP_LIMIT)
    .map((c) => ({ value: c.value, count: c.count ?? 0 }));
}

async function withDiasporaNames(values: FacetValue[], locale: string): Promise<FacetValue[]> {
  const rows = await db.diaspora.findMany({
    where: { slug: { in: values.map((v) => v.value) } },
    select: { slug: true, translations: { select: { locale: true, name: true } } },
  });
  const names = new Map(rows.map((r) => [r.slug, pickLocalized(r.translations, "name", locale)?.value]));
  return values.map((v) => ({ ...v, label: names.get(v.value) ?? v.value }));
}
