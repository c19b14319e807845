import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MapFiltersForm } from "@/components/map/map-filters";
import { MapLegend } from "@/components/map/map-legend";
import { MapViewNav } from "@/components/map/map-view-nav";
import { MapCityTable, MapCountryTable } from "@/components/map/map-tables";
import { WorldMap } from "@/components/map/world-map";
import { IgnoredFilters } from "@/components/ui/ignored-filters";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { mapClasses } from "@/lib/map/color-scale";
import { parseMapQuery } from "@/lib/map/filters";
import { getMapData } from "@/lib/cache/public-reads";
import { pageMetadata } from "@/lib/seo/metadata";
import type { SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Map" });
  return pageMetadata({ locale, pathname: "/map", title: t("title"), description: t("intro") });
}

export default async function MapPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { filters, view, ignored } = parseMapQuery(await searchParams);
  const [t, tList, tCountries, data] = await Promise.all([
    getTranslations("Map"),
    getTranslations("Organizations"),
    getTranslations("Countries"),
    getMapData({ locale, filters, view }),
  ]);
  const classes = mapClasses(Math.max(0, ...data.countries.map((c) => c.count)));
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-4 max-w-3xl text-lg text-stone-700">{t("intro")}</p>
      <div className="mt-6">
        <MapFiltersForm locale={locale} filters={filters} view={view} options={data.options} />
      </div>
      <IgnoredFilters names={ignored.map((key) => tList(`filter.${key}`))} />
      {data.total === 0 ? (
        <p className="mt-6 text-lg text-stone-800">{t("empty")}</p>
      ) : (
        <p className="mt-6 text-lg text-stone-800">
          {[
            tList("total", { count: data.total }),
            tCountries("total", { count: data.countries.length }),
            t("citiesCount", { count: data.cities.length }),
          ].join(" · ")}
          {data.withoutCountry ? (
            <span className="mt-1 block text-base text-stone-700">
              {t("withoutCountry", { count: data.withoutCountry })}
            </span>
          ) : null}
        </p>
      )}
      <a
        href="#map-tables"
        className="sr-only focus:not-sr-only focus:mt-2 focus:inline-block focus:text-blue-800 focus:underline"
      >
        {t("skipMap")}
      </a>
      <figure className="mt-3 rounded-lg border border-stone-300 bg-white p-3">
        <MapViewNav locale={locale} filters={filters} view={view} />
        <WorldMap locale={locale} data={data} filters={filters} classes={classes} view={view} />
        <figcaption>
          <MapLegend classes={classes} hasCities={data.cities.length > 0} />
          <p className="mt-3 text-xs text-stone-700">{t("attribution")}</p>
        </figcaption>
      </figure>
      <div id="map-tables" className="mt-8 grid grid-cols-1 gap-8 lg:grid-cols-2">
        {data.countries.length ? <MapCountryTable locale={locale} data={data} filters={filters} /> : null}
        {data.total ? <MapCityTable locale={locale} data={data} filters={filters} /> : null}
      </div>
    </>
  );
}
