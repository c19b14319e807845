import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { clusterDots, ZOOM_LEVELS } from "@/lib/map/cluster";
import type { MapCity, MapFilters } from "@/lib/map/types";
import type { MapView } from "@/lib/map/world";
import { listHref } from "./map-links";
import { CITY_COLOR, DOT_SCALE, NO_OUTLINE } from "./map-style";

type Props = { locale: Locale; cities: MapCity[]; filters: MapFilters; view: MapView };

/** City dots: area grows with the count, from a visible minimum; smaller on the world map, where countries are. */
export function cityRadius(count: number, max: number, view: MapView): number {
  const scale = view === "world" ? 0.6 : 1;
  return scale * (6 + 10 * Math.sqrt(count / Math.max(max, 1)));
}

const dotClass =
  "group-hover:stroke-stone-900 group-focus-visible:fill-yellow-300 group-focus-visible:stroke-stone-900 group-focus-visible:stroke-[4]";

/**
 * One set of dots per zoom level, cities that would overlap at that level merged into one dot with their total;
 * CSS (globals.css) shows the set of the map's data-zoom, so the dots need no script. A lone city links to its
 * organizations; a merged dot zooms in on itself (map-zoom.tsx), or without script leads to the city table.
 */
export async function CityDots({ locale, cities, filters, view }: Props) {
  const t = await getTranslations("Map");
  const max = Math.max(0, ...cities.map((c) => c.count));
  const dots = cities.flatMap((city) =>
    city.point
      ? [{ city, x: city.point[0], y: city.point[1], r: cityRadius(city.count, max, view), count: city.count }]
      : [],
  );
  const list = new Intl.ListFormat(locale, { type: "unit" });
  return ZOOM_LEVELS.map((zoom) => (
    <g key={zoom} data-dots={zoom}>
      {clusterDots(dots, zoom).map((c) => {
        const only = c.members.length === 1 ? c.members[0]!.city : null;
        const label = only
          ? t("cityTitle", { city: only.name.value, country: only.countryName, count: only.count })
          : t("zoom.cluster", { cities: list.format(c.members.map((m) => m.city.name.value)) });
        return (
          <a
            key={c.members.map((m) => m.city.id).join("-")}
            href={only ? listHref(locale, filters, { country: only.country, city: only.name.value }) : "#map-cities"}
            data-cluster={only ? undefined : `${c.x} ${c.y}`}
            className="group"
            style={NO_OUTLINE}
          >
            <title>{label}</title>
            <g style={DOT_SCALE}>
              <circle
                cx={c.x}
                cy={c.y}
                r={c.r}
                fill={CITY_COLOR}
                stroke="#ffffff"
                strokeWidth={2.5}
                className={dotClass}
              />
              {only ? null : (
                <text
                  x={c.x}
                  y={c.y}
                  dy="0.35em"
                  textAnchor="middle"
                  fill="#ffffff"
                  fontSize={c.r}
                  fontWeight={600}
                  aria-hidden="true"
                  className="pointer-events-none group-focus-visible:fill-stone-900"
                >
                  {c.count}
                </text>
              )}
            </g>
          </a>
        );
      })}
    </g>
  ));
}
