import { getFormatter, getTranslations } from "next-intl/server";
import { EMPTY_COLOR, type MapClass } from "@/lib/map/color-scale";
import { CITY_COLOR } from "./map-style";

/** The colours with the numbers they stand for, and the city dot. */
export async function MapLegend({ classes, hasCities }: { classes: MapClass[]; hasCities: boolean }) {
  const [t, format] = await Promise.all([getTranslations("Map"), getFormatter()]);
  const range = (c: MapClass) =>
    c.min === c.max ? format.number(c.min) : `${format.number(c.min)}–${format.number(c.max)}`;
  const swatch = (color: string) => (
    <span
      aria-hidden="true"
      className="inline-block h-4 w-7 rounded-sm border border-stone-400"
      style={{ backgroundColor: color }}
    />
  );
  return (
    <div className="mt-3 flex flex-wrap items-start gap-x-8 gap-y-3 text-sm text-stone-800">
      <div>
        <p id="map-legend-heading" className="font-medium">
          {t("legend")}
        </p>
        <ul aria-labelledby="map-legend-heading" className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          <li className="flex items-center gap-1.5">
            {swatch(EMPTY_COLOR)}
            {t("legendNone")}
          </li>
          {classes.map((c) => (
            <li key={c.min} className="flex items-center gap-1.5 tabular-nums">
              {swatch(c.color)}
              {range(c)}
            </li>
          ))}
        </ul>
      </div>
      {hasCities ? (
        <p className="flex items-center gap-1.5 self-end">
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18">
            <circle cx="9" cy="9" r="7" fill={CITY_COLOR} stroke="#ffffff" strokeWidth="1.5" />
          </svg>
          {t("legendCity")}
        </p>
      ) : null}
    </div>
  );
}
