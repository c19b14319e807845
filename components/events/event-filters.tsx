import { getTranslations } from "next-intl/server";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import type { EventFacets, FacetValue } from "@/lib/events/event-facets";
import { eventsQuery, type EventFilters, type EventView, type EventWhen } from "@/lib/events/filters";
import { countryName } from "@/lib/i18n/display-names";
import type { ActiveFilter } from "@/components/ui/active-filters";
import { FilterForm, FilterSelect, filterFieldClass as fieldClass } from "@/components/ui/filter-form";
import { listedFacetValues } from "@/lib/search/choice-match";

/** Cities the filter lists (most events first); any other is found by typing, from the same facet. */
const LISTED_CITIES = 50;

type Props = {
  locale: string;
  filters: EventFilters;
  facets: EventFacets;
  view: EventView;
  when: EventWhen;
  month: string;
};

// In the heading's order: "Armenian diaspora · Germany · Concert — 3 events".
const names = ["diaspora", "country", "city", "type", "organization", "from", "to", "q"] as const;

/** The filters that narrow the list (time and view are tabs), as they read and without each. */
export async function eventActiveFilters({
  locale,
  filters,
  facets,
  view,
  when,
  month,
}: Omit<Props, "month"> & { month: string | undefined }): Promise<ActiveFilter[]> {
  const t = await getTranslations();
  const labelOf = (name: (typeof names)[number], value: string): string => {
    switch (name) {
      case "q":
        return `“${value}”`;
      case "from":
      case "to":
        return `${t(`Events.filter.${name}`)} ${value}`;
      case "country":
        return countryName(value, locale);
      case "type":
        return t(`Enums.EventType.${value}` as "Enums.EventType.OTHER");
      default: {
        const facet = facets[name].find((v) => v.value.toLowerCase() === value.toLowerCase());
        return facet?.label ?? facet?.value ?? value;
      }
    }
  };
  return names.flatMap((name) => {
    const value = filters[name];
    if (!value) return [];
    const rest: EventFilters = { ...filters, [name]: undefined };
    return [
      {
        label: t(`Events.filter.${name}`),
        value: labelOf(name, value),
        href: { pathname: "/events", query: eventsQuery(rest, { when, view, month }) },
      },
    ];
  });
}

/** A plain GET form that works without JavaScript; each option shows how many events it would give. */
export async function EventFiltersForm({
  locale,
  filters,
  facets,
  view,
  when,
  month,
  requestedMonth,
  activeCount,
}: Props & { requestedMonth: string | undefined; activeCount: number }) {
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
    { name: "city", values: labelled(listedFacetValues(facets.city, LISTED_CITIES, filters.city), (v) => v.value) },
    { name: "diaspora", values: labelled(facets.diaspora, (v) => v.label ?? v.value) },
    { name: "type", values: labelled(facets.type, (v) => t(`Enums.EventType.${v.value}` as "Enums.EventType.OTHER")) },
    { name: "organization", values: labelled(facets.organization, (v) => v.label ?? v.value) },
  ] as const;
  // The lookups behind the organizer and city filters, with the filters as they stand (the same facets, cached).
  const lookupOf = (facet: "organization" | "city") =>
    `/api/choices/${facet === "city" ? "event-cities" : "event-organizers"}?${new URLSearchParams({
      locale,
      ...eventsQuery(filters, { when, view }),
    })}`;
  return (
    <FilterForm
      label={t("Events.filters")}
      layout="column"
      className="self-start"
      list={{
        id: "event-filters",
        query: new URLSearchParams(eventsQuery(filters, { when, view, month: requestedMonth })).toString(),
        toggleLabel: t("Filters.toggle", { count: activeCount }),
      }}
      applyLabel={t("Events.apply")}
      clearLabel={t("Events.clear")}
      clearHref={{
        pathname: "/events",
        query: eventsQuery({}, { when, view, month: view === "calendar" ? month : undefined }),
      }}
    >
      {view === "calendar" ? (
        <>
          <input type="hidden" name="view" value="calendar" />
          <div>
            <label htmlFor="filter-month" className="font-medium">
              {t("Events.filter.month")}
            </label>
            <input id="filter-month" name="month" type="month" defaultValue={month} className={fieldClass} />
          </div>
        </>
      ) : when !== "upcoming" ? (
        <input type="hidden" name="when" value={when} />
      ) : null}
      <div>
        <label htmlFor="filter-q" className="font-medium">
          {t("Events.filter.q")}
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
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("Events.dateRange")}</legend>
        {(["from", "to"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`filter-${name}`} className="text-stone-800">
              {t(`Events.filter.${name}`)}
            </label>
            <input
              id={`filter-${name}`}
              name={name}
              type="date"
              defaultValue={filters[name] ?? ""}
              aria-describedby="filter-date-hint"
              className={fieldClass}
            />
          </div>
        ))}
        <p id="filter-date-hint" className="text-sm text-stone-600">
          {t("Events.dateHint")}
        </p>
      </fieldset>
      {selects.map(({ name, values }) => (
        <FilterSelect
          key={name}
          id={`filter-${name}`}
          name={name}
          label={t(`Events.filter.${name}`)}
          anyLabel={t(`Events.anyOf.${name}`)}
          options={values}
          // City values come in any case from the address; select the listed spelling.
          current={values.find((v) => v.value.toLowerCase() === filters[name]?.toLowerCase())?.value ?? filters[name]}
          keepUnknown
          searchable={name === "country" || name === "city" || name === "organization"}
          // The most active organizers and cities are listed; any other with events under these filters is found by
          // typing.
          lookup={name === "organization" || name === "city" ? lookupOf(name) : undefined}
        />
      ))}
    </FilterForm>
  );
}
