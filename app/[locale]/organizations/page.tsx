import { ProposeLink } from "@/components/proposals/propose-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DownloadLinks } from "@/components/exports/download-links";
import { OrganizationFeedLink } from "@/components/feeds/feed-links";
import { CategoryTabs } from "@/components/organizations/category-tabs";
import { OrganizationFiltersForm, organizationActiveFilters } from "@/components/organizations/organization-filters";
import { OrganizationList } from "@/components/organizations/organization-list";
import { ActiveFilters, filteredHeading } from "@/components/ui/active-filters";
import { IgnoredFilters } from "@/components/ui/ignored-filters";
import { RememberListQuery } from "@/components/ui/list-return";
import { Pagination } from "@/components/ui/pagination";
import { organizationFeedAlternates } from "@/lib/feeds/feed-links";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { filtersToQuery, parseOrganizationQuery } from "@/lib/organizations/filters";
import { getOrganizationFacets, listOrganizations, matchOrganizationIds } from "@/lib/cache/public-reads";
import { pageMetadata } from "@/lib/seo/metadata";
import type { SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const PAGE_SIZE = 25;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { filters } = parseOrganizationQuery(await searchParams);
  const [t, feeds] = await Promise.all([
    getTranslations({ locale, namespace: "Organizations" }),
    getTranslations({ locale, namespace: "Feeds" }),
  ]);
  const metadata = pageMetadata({ locale, pathname: "/organizations", title: t("title") });
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: organizationFeedAlternates(locale, filters, feeds("alternateOrganizations")),
    },
  };
}

export default async function OrganizationsPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { filters, sort, requestedSort, page, ignored } = parseOrganizationQuery(await searchParams);
  const matchedIds = filters.q ? await matchOrganizationIds(filters.q) : null;
  const [t, result, facets] = await Promise.all([
    getTranslations("Organizations"),
    listOrganizations({ locale, filters, matchedIds, sort, page, pageSize: PAGE_SIZE }),
    getOrganizationFacets({ locale, filters, matchedIds }),
  ]);
  const active = await organizationActiveFilters({ locale, filters, sort: requestedSort, facets });
  const heading = await filteredHeading(
    active,
    t(filters.category ? "totalRelated" : "total", { count: result.total }),
  );
  const listQuery = filtersToQuery(filters, sort);
  return (
    <>
      <RememberListQuery
        list="organizations"
        query={new URLSearchParams({ ...listQuery, ...(page > 1 ? { page: String(page) } : {}) }).toString()}
      />
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <CategoryTabs filters={filters} sort={requestedSort} counts={facets.category} />
      {filters.category ? <p className="mt-3 max-w-3xl text-stone-700">{t("relatedIntro")}</p> : null}
      {/* One form at every width: beside the results from 768 px, behind "Filters (n)" above them on phones. */}
      <div className="mt-6 grid gap-4 md:grid-cols-[14rem_minmax(0,1fr)] md:gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <OrganizationFiltersForm
          locale={locale}
          filters={filters}
          sort={requestedSort}
          facets={facets}
          activeCount={active.length}
        />
        <section aria-labelledby="results-heading" className="min-w-0">
          <h2 id="results-heading" className="text-lg text-stone-700" aria-live="polite">
            {heading}
          </h2>
          <ActiveFilters filters={active} />
          <IgnoredFilters names={ignored.map((key) => t(key === "sort" ? "sortLabel" : `filter.${key}`))} />
          {result.total > 0 ? (
            <DownloadLinks locale={locale} kind="organizations" query={filtersToQuery(filters)} />
          ) : null}
          {result.items.length === 0 ? (
            <p className="mt-6">{Object.keys(filters).some((k) => k !== "category") ? t("noMatches") : t("empty")}</p>
          ) : (
            <OrganizationList items={result.items} locale={locale} />
          )}
          <Pagination page={result.page} pageCount={result.pageCount} pathname="/organizations" query={listQuery} />
          <OrganizationFeedLink locale={locale} filters={filters} />
          <ProposeLink kind="organization" />
        </section>
      </div>
    </>
  );
}
