import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizationList } from "@/components/organizations/organization-list";
import { Pagination } from "@/components/ui/pagination";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { listOrganizations } from "@/lib/organizations/list-organizations";
import { pageNumber } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 25;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Organizations" });
  return { title: t("title") };
}

export default async function OrganizationsPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const page = pageNumber((await searchParams).page);
  const [t, result] = await Promise.all([getTranslations("Organizations"), listOrganizations({ locale, page, pageSize: PAGE_SIZE })]);
  return (
    <>
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("total", { count: result.total })}</p>
      {result.items.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <OrganizationList items={result.items} locale={locale} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/organizations" />
    </>
  );
}
