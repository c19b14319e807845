import { getTranslations } from "next-intl/server";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import type { EventFacets, FacetValue } from "@/lib/events/event-facets";
import { eventsQuery, type EventFilters, type EventView, type EventWhen } from "@/lib/events/filters";
import { countryName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  locale: string;
  filters: EventFilters;
  facets: EventFacets;
  view: EventView;
  when: EventWhen;
  month: string;
};

const fieldClass = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-stone-900";

/** A plain GET form that works without JavaScript; each option shows how many events it would give. */
export async function EventFiltersForm({ locale, filters, facets, view, when, month }: Props) {
  const t = await getTranslations();
  const collator = new Intl.Collator(locale);
  const labelled = (values: FacetValue[], label: (v: FacetValue) => string) =>
    values.map((v) => ({ ...v, label: label(v) })).sort((a, b) => collator.compare(a.label, b.label));
  const selects = [
    { name: "country", values: labelled(facets.country, (v) => countryName(v.value, locale)) },
    { name: "city", values: labelled(facets.city, (v) => v.value) },
    { name: "diaspora", values: labelled(facets.diaspora, (v) => v.label ?? v.value) },
    { name: "type", values: labelled(facets.type, (v) => t(`Enums.EventType.${v.value}` as "Enums.EventType.OTHER")) },
    { name: "organization", values: labelled(facets.organization, (v) => v.label ?? v.value) },
  ] as const;
  return (
    <form
      method="get"
      role="search"
      aria-label={t("Events.filters")}
      className="space-y-4 self-start rounded-lg border border-stone-300 bg-white p-4"
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
      {selects.map(({ name, values }) => {
        // City values come in any case from the address; select the listed spelling.
        const current =
          values.find((v) => v.value.toLowerCase() === filters[name]?.toLowerCase())?.value ?? filters[name];
        const known = values.some((v) => v.value === current);
        return (
          <div key={name}>
            <label htmlFor={`filter-${name}`} className="font-medium">
              {t(`Events.filter.${name}`)}
            </label>
            <select id={`filter-${name}`} name={name} defaultValue={current ?? ""} className={fieldClass}>
              <option value="">{t("Events.any")}</option>
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
      {filters.q ? <input type="hidden" name="q" value={filters.q} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {t("Events.apply")}
        </button>
        <Link
          href={{
            pathname: "/events",
            query: eventsQuery({}, { when, view, month: view === "calendar" ? month : undefined }),
          }}
          className="text-blue-800 underline"
        >
          {t("Events.clear")}
        </Link>
      </div>
    </form>
  );
}
