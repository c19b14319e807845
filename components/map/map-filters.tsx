import { getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect, filterRowItem } from "@/components/ui/filter-form";
import type { MapData, MapFilters } from "@/lib/map/types";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { MapView } from "@/lib/map/world-views";

/** A plain GET form (no JavaScript): the list's diaspora and type filters, each option with its count. */
type Props = { locale: Locale; filters: MapFilters; view: MapView; options: MapData["options"] };

export async function MapFiltersForm({ locale, filters, view, options }: Props) {
  const t = await getTranslations();
  const collator = new Intl.Collator(locale);
  const selects = [
    { name: "diaspora", values: options.diaspora.map((v) => ({ ...v, label: v.label ?? v.value })) },
    {
      name: "type",
      values: options.type.map((v) => ({
        ...v,
        label: t(`Enums.OrganizationType.${v.value}` as "Enums.OrganizationType.OTHER"),
      })),
    },
  ] as const;
  return (
    <FilterForm
      label={t("Map.filters")}
      layout="row"
      search={false}
      applyLabel={t("Organizations.apply")}
      clearLabel={t("Organizations.clear")}
      clearHref={{
        reload: getPathname({ locale, href: view === "world" ? "/map" : { pathname: "/map", query: { view } } }),
      }}
    >
      {view !== "world" ? <input type="hidden" name="view" value={view} /> : null}
      {filters.category ? <input type="hidden" name="category" value={filters.category} /> : null}
      {selects.map(({ name, values }) => (
        <FilterSelect
          key={name}
          id={`map-${name}`}
          name={name}
          label={t(`Organizations.filter.${name}`)}
          anyLabel={t(`Organizations.anyOf.${name}`)}
          options={[...values].sort((a, b) => collator.compare(a.label, b.label))}
          current={filters[name]}
          keepUnknown
          className={filterRowItem}
        />
      ))}
    </FilterForm>
  );
}
