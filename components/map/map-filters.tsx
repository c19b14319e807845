import { getTranslations } from "next-intl/server";
import type { MapData, MapFilters } from "@/lib/map/types";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { MapView } from "@/lib/map/world-views";

const fieldClass = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-stone-900";

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
    <form
      method="get"
      aria-label={t("Map.filters")}
      className="flex flex-wrap items-end gap-4 rounded-lg border border-stone-300 bg-white p-4"
    >
      {view !== "world" ? <input type="hidden" name="view" value={view} /> : null}
      {selects.map(({ name, values }) => {
        const current = filters[name];
        const known = values.some((v) => v.value === current);
        return (
          <div key={name} className="min-w-56 flex-1">
            <label htmlFor={`map-${name}`} className="font-medium">
              {t(`Organizations.filter.${name}`)}
            </label>
            <select id={`map-${name}`} name={name} defaultValue={current ?? ""} className={fieldClass}>
              <option value="">{t("Organizations.any")}</option>
              {current && !known ? <option value={current}>{current} (0)</option> : null}
              {[...values]
                .sort((a, b) => collator.compare(a.label, b.label))
                .map((v) => (
                  <option key={v.value} value={v.value}>
                    {v.label} ({v.count})
                  </option>
                ))}
            </select>
          </div>
        );
      })}
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {t("Organizations.apply")}
        </button>
        <a
          href={getPathname({ locale, href: view === "world" ? "/map" : { pathname: "/map", query: { view } } })}
          className="text-blue-800 underline"
        >
          {t("Organizations.clear")}
        </a>
      </div>
    </form>
  );
}
