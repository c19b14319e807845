import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { countryName } from "@/lib/i18n/display-names";
import type { Locale } from "@/lib/i18n/routing";
import type { MapData, MapFilters } from "@/lib/map/types";
import { listHref } from "./map-links";

type Props = { locale: Locale; data: MapData; filters: MapFilters };

const cell = "border-t border-stone-200 px-3 py-2 align-top";
const head = "px-3 py-2 font-medium";
const link = "text-blue-800 underline-offset-4 hover:underline";

function Table({ labelledBy, children }: { labelledBy: string; children: React.ReactNode }) {
  return (
    <div
      role="group"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="mt-3 relative overflow-x-auto rounded-lg border border-stone-300 bg-white"
    >
      <table className="w-full text-left">{children}</table>
    </div>
  );
}

/** The map's text alternative, part one: every host country with its count, linked to the filtered list. */
export async function MapCountryTable({ locale, data, filters }: Props) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <section aria-labelledby="map-countries">
      <h2 id="map-countries" className="text-xl font-semibold">
        {t("Countries.title")}
      </h2>
      <Table labelledBy="map-countries">
        <thead className="bg-stone-100 text-sm text-stone-800">
          <tr>
            <th scope="col" className={head}>
              {t("Countries.country")}
            </th>
            <th scope="col" className={`${head} text-right`}>
              {t("Countries.organizations")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.countries.map((c) => (
            <tr key={c.code}>
              <th scope="row" className={`${cell} font-medium`}>
                <a href={listHref(locale, filters, { country: c.code })} className={link}>
                  {c.name}
                </a>
                {c.drawn ? null : (
                  <span className="ml-2 text-sm font-normal text-stone-700">({t("Map.notDrawn")})</span>
                )}
              </th>
              <td className={`${cell} text-right tabular-nums`}>{format.number(c.count)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

/** Part two: the cities on the map, then the city names we could not place. */
export async function MapCityTable({ locale, data, filters }: Props) {
  const [all, format] = await Promise.all([getTranslations(), getFormatter()]);
  const t = (key: "citiesHeading" | "noCities" | "unplacedHeading" | "unplacedHint" | "noCountry") => all(`Map.${key}`);
  return (
    <section aria-labelledby="map-cities">
      <h2 id="map-cities" className="text-xl font-semibold">
        {t("citiesHeading")}
      </h2>
      {data.cities.length === 0 ? (
        <p className="mt-3 text-stone-700">{t("noCities")}</p>
      ) : (
        <Table labelledBy="map-cities">
          <thead className="bg-stone-100 text-sm text-stone-800">
            <tr>
              <th scope="col" className={head}>
                {all("Organizations.filter.city")}
              </th>
              <th scope="col" className={head}>
                {all("Countries.country")}
              </th>
              <th scope="col" className={`${head} text-right`}>
                {all("Countries.organizations")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.cities.map((c) => (
              <tr key={c.id}>
                <th scope="row" className={`${cell} font-medium`}>
                  <a href={listHref(locale, filters, { country: c.country, city: c.name.value })} className={link}>
                    <LocalizedTextView text={c.name} pageLocale={locale} />
                  </a>
                </th>
                <td className={cell}>{c.countryName}</td>
                <td className={`${cell} text-right tabular-nums`}>{format.number(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {data.unplaced.length ? (
        <>
          <h3 id="map-unplaced" className="mt-6 text-lg font-semibold">
            {t("unplacedHeading")}
          </h3>
          <p className="mt-1 text-sm text-stone-700">{t("unplacedHint")}</p>
          <ul aria-labelledby="map-unplaced" className="mt-2 space-y-1">
            {data.unplaced.map((u) => (
              <li key={`${u.name.value}|${u.countries.join()}`}>
                <a
                  href={listHref(locale, filters, {
                    city: u.name.value,
                    country: u.countries.length === 1 ? u.countries[0] : undefined,
                  })}
                  className={link}
                >
                  <LocalizedTextView text={u.name} pageLocale={locale} />
                </a>{" "}
                <span className="text-stone-700">
                  ({u.countries.length ? u.countries.map((c) => countryName(c, locale)).join(", ") : t("noCountry")};{" "}
                  {all("Organizations.total", { count: u.count })})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
