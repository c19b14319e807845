import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { CountryProfile } from "@/components/countries/country-profile";
import { parseCountryCodeParam } from "@/lib/countries/country-code";
import { getHostCountry } from "@/lib/cache/public-reads";
import { getPathname } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { JsonLd } from "@/components/ui/json-ld";
import { countryJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata, siteUrl } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string; code: string }> };

const load = cache((code: string, locale: string) => getHostCountry(code, locale));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { code }] = await Promise.all([resolvePageLocale(params), params]);
  const parsed = parseCountryCodeParam(code);
  const country = parsed?.canonical ? await load(parsed.code, locale) : null;
  if (!country) return {};
  const metadata = pageMetadata({ locale, pathname: `/countries/${country.code}`, title: country.name });
  // A country without data is a valid address but no content: keep it out of search indexes.
  return country.hasData ? metadata : { ...metadata, robots: { index: false } };
}

export default async function CountryPage({ params }: Props) {
  const [locale, { code }] = await Promise.all([resolvePageLocale(params), params]);
  const parsed = parseCountryCodeParam(code);
  if (!parsed) notFound();
  if (!parsed.canonical) permanentRedirect(getPathname({ locale, href: `/countries/${parsed.code}` }));
  const country = await load(parsed.code, locale);
  if (!country) notFound();
  const url = new URL(getPathname({ locale, href: `/countries/${country.code}` }), siteUrl()).toString();
  return (
    <>
      {country.hasData ? <JsonLd data={countryJsonLd(country, url)} /> : null}
      <CountryProfile country={country} locale={locale} />
    </>
  );
}
