import { getTranslations } from "next-intl/server";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { ORGANIZATION_SORTS, type OrganizationFilters, type OrganizationSort } from "@/lib/organizations/filters";
import type { FacetValue, OrganizationFacets } from "@/lib/organizations/organization-facets";

type Props = {
  locale: string;
  filters: OrganizationFilters;
  sort: OrganizationSort | undefined;
  facets: OrganizationFacets;
};

const fieldClass = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-stone-900";

/** A plain GET form: works without JavaScript, and every option shows how many organizations it would give. */
export async function OrganizationFiltersForm({ locale, filters, sort, facets }: Props) {
  const t = await getTranslations();
  const collator = new Intl.Collator(locale);
  const labelled = (values: FacetValue[], label: (v: FacetValue) => string) =>
    values.map((v) => ({ ...v, label: label(v) })).sort((a, b) => collator.compare(a.label, b.label));
  const selects = [
    { name: "country", values: labelled(facets.country, (v) => countryName(v.value, locale)) },
    { name: "diaspora", values: labelled(facets.diaspora, (v) => v.label ?? v.value) },
    {
      name: "type",
      values: labelled(facets.type, (v) => t(`Enums.OrganizationType.${v.value}` as "Enums.OrganizationType.OTHER")),
    },
    {
      name: "group",
      values: labelled(facets.group, (v) => t(`Enums.ServedGroup.${v.value}` as "Enums.ServedGroup.YOUTH")),
    },
    { name: "language", values: labelled(facets.language, (v) => languageName(v.value, locale)) },
    { name: "city", values: labelled(facets.city, (v) => v.value) },
  ] as const;
  return (
    <form
      method="get"
      role="search"
      aria-label={t("Organizations.filters")}
      className="space-y-4 rounded-lg border border-stone-300 bg-white p-4"
    >
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
          className={fieldClass}
        />
      </div>
      {selects.map(({ name, values }) => {
        const current = filters[name];
        const known = values.some((v) => v.value === current);
        return (
          <div key={name}>
            <label htmlFor={`filter-${name}`} className="font-medium">
              {t(`Organizations.filter.${name}`)}
            </label>
            <select id={`filter-${name}`} name={name} defaultValue={current ?? ""} className={fieldClass}>
              <option value="">{t("Organizations.any")}</option>
              {current && !known ? <option value={current}>{current} (0)</option> : null}
              {values.map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label} ({v.count})
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <div>
        <label htmlFor="filter-sort" className="font-medium">
          {t("Organizations.sortLabel")}
        </label>
        <select id="filter-sort" name="sort" defaultValue={sort ?? ""} className={fieldClass}>
          <option value="">{t("Organizations.sort.default")}</option>
          {ORGANIZATION_SORTS.filter((s) => s !== "relevance" || filters.q).map((s) => (
            <option key={s} value={s}>
              {t(`Organizations.sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {t("Organizations.apply")}
        </button>
        <Link href="/organizations" className="text-blue-800 underline">
          {t("Organizations.clear")}
        </Link>
      </div>
    </form>
  );
}
