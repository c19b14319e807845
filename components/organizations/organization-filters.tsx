import { getTranslations } from "next-intl/server";
import { countryName, languageName } from "@/lib/i18n/display-names";
import type { ActiveFilter } from "@/components/ui/active-filters";
import { FilterForm, FilterSelect, filterFieldClass } from "@/components/ui/filter-form";
import { listedFacetValues } from "@/lib/search/choice-match";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import {
  defaultSort,
  filtersToQuery,
  ORGANIZATION_SORTS,
  type OrganizationFilters,
  type OrganizationSort,
} from "@/lib/organizations/filters";
import type { FacetValue, OrganizationFacets } from "@/lib/organizations/organization-facets";

type Props = {
  locale: string;
  filters: OrganizationFilters;
  sort: OrganizationSort | undefined;
  facets: OrganizationFacets;
};

// In the heading's order: "Armenian diaspora · Germany · Berlin — 3 organizations".
const names = ["diaspora", "country", "city", "type", "group", "language", "q"] as const;

/** The filters that narrow the list (the category is a tab, the sort no filter), as they read and without each. */
export async function organizationActiveFilters({ locale, filters, sort, facets }: Props): Promise<ActiveFilter[]> {
  const t = await getTranslations();
  const labelOf = (name: (typeof names)[number], value: string): string => {
    const facet = (name === "q" ? [] : facets[name]).find((v) => v.value.toLowerCase() === value.toLowerCase());
    switch (name) {
      case "q":
        return `“${value}”`;
      case "country":
        return countryName(value, locale);
      case "type":
        return t(`Enums.OrganizationType.${value}` as "Enums.OrganizationType.OTHER");
      case "group":
        return t(`Enums.ServedGroup.${value}` as "Enums.ServedGroup.YOUTH");
      case "language":
        return languageName(value, locale);
      default:
        return facet?.label ?? facet?.value ?? value;
    }
  };
  return names.flatMap((name) => {
    const value = filters[name];
    if (!value) return [];
    const rest: OrganizationFilters = { ...filters, [name]: undefined };
    return [
      {
        label: t(`Organizations.filter.${name}`),
        value: labelOf(name, value),
        href: { pathname: "/organizations", query: filtersToQuery(rest, sort) },
      },
    ];
  });
}

/** The form's state as an address query, for the fields to follow the address (FilterAutoApply). */
export function organizationFormQuery(filters: OrganizationFilters, sort: OrganizationSort | undefined): string {
  return new URLSearchParams({ ...filtersToQuery(filters), ...(sort ? { sort } : {}) }).toString();
}

/** Cities the filter lists (most organizations first); any other is found by typing, from the same facet. */
const LISTED_CITIES = 30;

/** Filters with many options, chosen by typing. */
const SEARCHABLE = new Set<string>(["country", "language", "city"]);

/** A plain GET form: works without JavaScript, and every option shows how many organizations it would give. */
export async function OrganizationFiltersForm({
  locale,
  filters,
  sort,
  facets,
  activeCount,
}: Props & { activeCount: number }) {
  const t = await getTranslations();
  const collator = new Intl.Collator(locale);
  const labelled = (values: FacetValue[], label: (v: FacetValue) => string) =>
    values.map((v) => ({ ...v, label: label(v) })).sort((a, b) => collator.compare(a.label, b.label));
  const selects = [
    {
      name: "country",
      values: labelled(facets.country, (v) => countryName(v.value, locale)).map((v) => ({
        ...v,
        keywords: countryName(v.value, "en"),
      })),
    },
    { name: "diaspora", values: labelled(facets.diaspora, (v) => v.label ?? v.value) },
    {
      name: "type",
      values: labelled(facets.type, (v) => t(`Enums.OrganizationType.${v.value}` as "Enums.OrganizationType.OTHER")),
    },
    {
      name: "group",
      values: labelled(facets.group, (v) => t(`Enums.ServedGroup.${v.value}` as "Enums.ServedGroup.YOUTH")),
    },
    {
      name: "language",
      values: labelled(facets.language, (v) => languageName(v.value, locale)).map((v) => ({
        ...v,
        keywords: `${v.value} ${languageName(v.value, "en")}`,
      })),
    },
    { name: "city", values: labelled(listedFacetValues(facets.city, LISTED_CITIES, filters.city), (v) => v.value) },
  ] as const;
  return (
    <FilterForm
      label={t("Organizations.filters")}
      layout="column"
      applyLabel={t("Organizations.apply")}
      clearLabel={t("Organizations.clear")}
      clearHref={{ pathname: "/organizations", query: filters.category ? { category: filters.category } : {} }}
      className="self-start"
      list={{
        id: "organization-filters",
        query: organizationFormQuery(filters, sort),
        toggleLabel: t("Filters.toggle", { count: activeCount }),
      }}
    >
      {/* The tab chosen above stays chosen; the default tab has no parameter at all. */}
      {filters.category ? <input type="hidden" name="category" value={filters.category} /> : null}
      <div>
        <label htmlFor="filter-q" className="font-medium">
          {t("Organizations.query")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          className={filterFieldClass}
        />
      </div>
      {selects.map(({ name, values }) => (
        <FilterSelect
          key={name}
          id={`filter-${name}`}
          name={name}
          label={t(`Organizations.filter.${name}`)}
          anyLabel={t(`Organizations.anyOf.${name}`)}
          options={values}
          // A city comes in any case from the address; select the listed spelling.
          current={values.find((v) => v.value.toLowerCase() === filters[name]?.toLowerCase())?.value ?? filters[name]}
          keepUnknown
          searchable={SEARCHABLE.has(name)}
          // The cities with the most organizations are listed; any other under these filters is found by typing.
          lookup={
            name === "city"
              ? `/api/choices/organization-cities?${new URLSearchParams({
                  locale,
                  ...filtersToQuery(filters),
                })}`
              : undefined
          }
        />
      ))}
      <FilterSelect
        id="filter-sort"
        name="sort"
        label={t("Organizations.sortLabel")}
        // The default named: "Name (default)", or "Relevance (default)" while searching.
        anyLabel={t("Organizations.sort.defaultOf", { sort: t(`Organizations.sort.${defaultSort(filters)}`) })}
        options={ORGANIZATION_SORTS.filter((s) => s !== "relevance" || filters.q).map((s) => ({
          value: s,
          label: t(`Organizations.sort.${s}`),
        }))}
        current={sort}
      />
    </FilterForm>
  );
}
