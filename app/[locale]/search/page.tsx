import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search/search-form";
import { SearchResultsView } from "@/components/search/search-results";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { searchAll } from "@/lib/cache/public-reads";
import { pageMetadata } from "@/lib/seo/metadata";
import { CUT_MARKER } from "@/lib/validation/bounded-query";
import { firstValue, type SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

/** The best hits of each kind shown; the lists behind "all matching …" show the rest. Diasporas are few. */
const PER_KIND = { organization: 10, event: 10, diaspora: 30 };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  // Result pages are not worth indexing: every query would be a page.
  return {
    ...pageMetadata({ locale, pathname: "/search", title: t("title") }),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const query = await searchParams;
  const q = firstValue(query.q);
  const [t, found] = await Promise.all([getTranslations("Search"), searchAll({ q, locale, perKind: PER_KIND })]);
  // The proxy cut an over-long query before the page was rendered (lib/validation/bounded-query.ts): say so.
  const results =
    firstValue(query[CUT_MARKER]) === "1" ? { ...found, query: { ...found.query, truncated: true } } : found;
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <SearchForm query={results.query.text} />
      <SearchResultsView results={results} locale={locale} />
    </>
  );
}
