import { getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect, filterRowItem } from "@/components/ui/filter-form";
import type { StatsScope } from "@/lib/stats/scope";

type Option = { value: string; label: string };
type Props = { scope: StatsScope; diasporas: Option[]; countries: Option[] };

/**
 * A plain GET form (no JavaScript needed): count one diaspora, one host country, or both; diaspora organizations
 * unless related institutions are chosen.
 */
export async function StatsFilters({ scope, diasporas, countries }: Props) {
  const t = await getTranslations();
  const selects = [
    { name: "diaspora", label: t("Organizations.filter.diaspora"), options: diasporas },
    { name: "country", label: t("Organizations.filter.country"), options: countries },
  ] as const;
  return (
    <FilterForm
      label={t("Stats.selection")}
      layout="row"
      applyLabel={t("Organizations.apply")}
      clearLabel={t("Organizations.clear")}
      clearHref="/stats"
    >
      {selects.map(({ name, label, options }) => (
        <FilterSelect
          key={name}
          id={`stats-${name}`}
          name={name}
          label={label}
          anyLabel={t(`Organizations.anyOf.${name}`)}
          options={options}
          current={scope[name] ?? undefined}
          className={filterRowItem}
        />
      ))}
      <FilterSelect
        id="stats-category"
        name="category"
        label={t("Organizations.filter.category")}
        anyLabel={t("Organizations.tab.DIASPORA_ORGANIZATION")}
        options={[{ value: "RELATED_INSTITUTION", label: t("Organizations.tab.RELATED_INSTITUTION") }]}
        current={scope.category}
        className={filterRowItem}
      />
    </FilterForm>
  );
}
