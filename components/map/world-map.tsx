import { getTranslations } from "next-intl/server";
import { classFor, EMPTY_COLOR, type MapClass } from "@/lib/map/color-scale";
import type { Locale } from "@/lib/i18n/routing";
import { countryName } from "@/lib/i18n/display-names";
import type { MapData, MapFilters } from "@/lib/map/types";
import { worldGeometry, type MapView } from "@/lib/map/world";
import { listHref } from "./map-links";

type Props = { locale: Locale; data: MapData; filters: MapFilters; classes: MapClass[]; view: MapView };

export const CITY_COLOR = "#c2410c";
/** The site's focus outline (globals.css, unlayered, so a utility class cannot undo it) is drawn badly around SVG shapes. */
const NO_OUTLINE = { outline: "none" } as const;

/** City dots: area grows with the count, from a visible minimum; smaller on the world map, where countries are. */
export function cityRadius(count: number, max: number, view: MapView): number {
  const scale = view === "world" ? 0.6 : 1;
  return scale * (6 + 10 * Math.sqrt(count / Math.max(max, 1)));
}

/**
 * The choropleth as static SVG: countries with organizations are links to the filtered list (keyboard
 * focusable, named by their <title>, which is also the hover tooltip), cities are dots linking the same way.
 * Focus turns the shape yellow with a black edge instead of the site's outline.
 */
export async function WorldMap({ locale, data, filters, classes, view }: Props) {
  const t = await getTranslations("Map");
  const world = worldGeometry(view);
  const counts = new Map(data.countries.map((c) => [c.code, c]));
  const linked = world.countries.filter((s) => s.code && counts.has(s.code)).sort((a, b) => a.x - b.x);
  const background = world.countries.filter((s) => !s.code || !counts.has(s.code));
  const maxCity = Math.max(0, ...data.cities.map((c) => c.count));
  return (
    <svg
      viewBox={`0 0 ${world.width} ${world.height}`}
      className="block h-auto w-full"
      role="group"
      aria-label={t("mapLabel")}
    >
      <path d={world.sphere} fill="#f0f7fc" aria-hidden="true" />
      <g aria-hidden="true" stroke="#ffffff" strokeWidth={1}>
        {background.map((s, i) => (
          <path key={s.code ?? `x${i}`} d={s.d} fill={EMPTY_COLOR}>
            {s.code ? <title>{t("countryTitle", { country: countryName(s.code, locale), count: 0 })}</title> : null}
          </path>
        ))}
      </g>
      <g>
        {linked.map((s) => {
          const country = counts.get(s.code!)!;
          return (
            <a
              key={s.code}
              href={listHref(locale, filters, { country: country.code })}
              className="group"
              style={NO_OUTLINE}
            >
              <title>{t("countryTitle", { country: country.name, count: country.count })}</title>
              <path
                d={s.d}
                fill={classFor(country.count, classes)?.color ?? EMPTY_COLOR}
                stroke="#ffffff"
                strokeWidth={1}
                className="group-hover:stroke-stone-900 group-hover:stroke-[3] group-focus-visible:fill-yellow-300 group-focus-visible:stroke-stone-900 group-focus-visible:stroke-[4]"
              />
            </a>
          );
        })}
      </g>
      <g>
        {data.cities
          .flatMap((city) => (city.point ? [{ ...city, point: city.point }] : []))
          .map((city) => (
            <a
              key={city.id}
              href={listHref(locale, filters, { country: city.country, city: city.name.value })}
              className="group"
              style={NO_OUTLINE}
            >
              <title>{t("cityTitle", { city: city.name.value, country: city.countryName, count: city.count })}</title>
              <circle
                cx={city.point[0]}
                cy={city.point[1]}
                r={cityRadius(city.count, maxCity, view)}
                fill={CITY_COLOR}
                stroke="#ffffff"
                strokeWidth={2.5}
                className="group-hover:stroke-stone-900 group-focus-visible:fill-yellow-300 group-focus-visible:stroke-stone-900 group-focus-visible:stroke-[4]"
              />
            </a>
          ))}
      </g>
    </svg>
  );
}
