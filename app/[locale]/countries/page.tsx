import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountryTable } from "@/components/countries/country-table";
import { listHostCountries } from "@/lib/cache/public-reads";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Countries" });
  return pageMetadata({ locale, pathname: "/countries", title: t("title"), description: t("intro") });
}

export default async function CountriesPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const [t, items] = await Promise.all([getTranslations("Countries"), listHostCountries(locale)]);
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-4 max-w-3xl text-lg text-stone-700">{t("intro")}</p>
      <section className="mt-6" aria-labelledby="countries-total">
        <h2 id="countries-total" className="text-lg text-stone-700">
          {t("total", { count: items.length })}
        </h2>
        {items.length === 0 ? (
          <p className="mt-4">{t("empty")}</p>
        ) : (
          <CountryTable items={items} labelledBy="countries-total" />
        )}
      </section>
    </>
  );
}
