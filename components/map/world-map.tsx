import { getTranslations } from "next-intl/server";
import { classFor, EMPTY_COLOR, type MapClass } from "@/lib/map/color-scale";
import type { Locale } from "@/lib/i18n/routing";
import { countryName } from "@/lib/i18n/display-names";
import type { MapData, MapFilters } from "@/lib/map/types";
import { worldGeometry, type MapView } from "@/lib/map/world";
import { listHref } from "./map-links";
import { CityDots } from "./city-dots";
import { NO_OUTLINE } from "./map-style";
import { MapZoom } from "./map-zoom";

type Props = { locale: Locale; data: MapData; filters: MapFilters; classes: MapClass[]; view: MapView };

/**
 * The choropleth as static SVG: countries with organizations are links to the filtered list (keyboard
 * focusable, named by their <title>, which is also the hover tooltip), cities are dots linking the same way
 * (city-dots.tsx), the whole inside the client island that zooms and pans (map-zoom.tsx).
 * Focus turns the shape yellow with a black edge instead of the site's outline.
 */
export async function WorldMap({ locale, data, filters, classes, view }: Props) {
  const t = await getTranslations("Map");
  const world = worldGeometry(view);
  const counts = new Map(data.countries.map((c) => [c.code, c]));
  const linked = world.countries.filter((s) => s.code && counts.has(s.code)).sort((a, b) => a.x - b.x);
  const background = world.countries.filter((s) => !s.code || !counts.has(s.code));
  // The organizations' centre of mass, by country.
  const weighted = (at: (c: (typeof linked)[number]) => number) =>
    linked.reduce((sum, c) => sum + at(c) * counts.get(c.code!)!.count, 0);
  const weight = weighted(() => 1);
  const home: [number, number] | undefined = weight
    ? [weighted((c) => c.x) / weight, weighted((c) => c.y) / weight]
    : undefined;
  return (
    <MapZoom
      width={world.width}
      height={world.height}
      home={home}
      labels={{
        label: t("mapLabel"),
        zoomIn: t("zoom.in"),
        zoomOut: t("zoom.out"),
        reset: t("zoom.reset"),
        hint: t("zoom.hint"),
      }}
    >
      <path d={world.sphere} fill="#f0f7fc" aria-hidden="true" />
      <g aria-hidden="true" stroke="#ffffff" strokeWidth={1}>
        {background.map((s, i) => (
          <path key={s.code ?? `x${i}`} d={s.d} fill={EMPTY_COLOR} vectorEffect="non-scaling-stroke">
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
                vectorEffect="non-scaling-stroke"
                className="group-hover:stroke-stone-900 group-hover:stroke-[3] group-focus-visible:fill-yellow-300 group-focus-visible:stroke-stone-900 group-focus-visible:stroke-[4]"
              />
            </a>
          );
        })}
      </g>
      <CityDots locale={locale} cities={data.cities} filters={filters} view={view} />
    </MapZoom>
  );
}
