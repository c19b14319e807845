import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
import { listAudit } from "@/lib/audit/list-audit";
import { requirePermission } from "@/lib/auth/require-user";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageNumber, type SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const PAGE_SIZE = 50;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Admin.audit" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  await requirePermission(locale, "/admin/audit", "view:audit");
  const page = pageNumber((await searchParams).page);
  const [t, audit] = await Promise.all([getTranslations("Admin.audit"), listAudit({ page, pageSize: PAGE_SIZE })]);
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("intro")}</p>
      <AuditTable audit={audit} />
    </>
  );
}
