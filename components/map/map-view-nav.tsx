import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { MapFilters } from "@/lib/map/types";
import { MAP_VIEWS, type MapView } from "@/lib/map/world-views";

/** Links between the whole world and the closer regional view, keeping the filters. */
export async function MapViewNav({ locale, filters, view }: { locale: Locale; filters: MapFilters; view: MapView }) {
  const t = await getTranslations("Map");
  const href = (v: MapView) => {
    const query: Record<string, string> = { ...filters };
    if (v !== "world") query.view = v;
    return getPathname({ locale, href: { pathname: "/map", query } });
  };
  return (
    <nav aria-label={t("viewLabel")} className="mb-2">
      <ul className="flex flex-wrap gap-2">
        {MAP_VIEWS.map((v) => (
          <li key={v}>
            <a
              href={href(v)}
              aria-current={v === view ? "true" : undefined}
              className={
                v === view
                  ? "inline-block rounded border border-blue-800 bg-blue-800 px-3 py-1 text-white"
                  : "inline-block rounded border border-stone-400 px-3 py-1 text-blue-800 underline-offset-4 hover:underline"
              }
            >
              {t(`view.${v}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
