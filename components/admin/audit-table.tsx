import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditPage } from "@/lib/audit/list-audit";
import { Link } from "@/lib/i18n/navigation";

function detailsText(details: Record<string, unknown> | null): string {
  if (!details) return "";
  return Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`)
    .join("; ");
}

/** One page of the audit log as a table, with links to newer and older pages. */
export async function AuditTable({ audit }: { audit: AuditPage }) {
  const [t, format] = await Promise.all([getTranslations("Admin.audit"), getFormatter()]);
  if (audit.total === 0) return <p className="mt-6">{t("empty")}</p>;
  // Message keys cannot contain dots: "role.granted" is stored under actions.role_granted.
  const label = (action: string) => {
    const key = `actions.${action.replaceAll(".", "_")}` as "actions.role_granted";
    return t.has(key) ? t(key) : action;
  };
  return (
    <>
      <div className="mt-6 relative overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-stone-400">
              {(["when", "action", "actor", "target", "address", "details"] as const).map((h) => (
                <th key={h} scope="col" className="px-2 py-2 font-semibold">
                  {t(h)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {audit.items.map((row) => (
              <tr key={row.id} className="border-b border-stone-200 align-top">
                <td className="whitespace-nowrap px-2 py-2">
                  <time dateTime={row.createdAt.toISOString()}>
                    {format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                  </time>
                </td>
                <td className="px-2 py-2" data-action={row.action}>
                  {label(row.action)}
                </td>
                <td className="break-all px-2 py-2">{row.actorEmail ? <bdi>{row.actorEmail}</bdi> : t("nobody")}</td>
                <td className="break-all px-2 py-2">
                  {row.targetType ? `${row.targetType} ${row.targetId ?? ""}` : t("nobody")}
                </td>
                <td className="px-2 py-2">{row.ipAddress ?? t("nobody")}</td>
                <td className="break-all px-2 py-2 text-stone-700">{detailsText(row.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {audit.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between gap-4">
          {audit.page > 1 ? (
            <Link
              href={{ pathname: "/admin/audit", query: { page: String(audit.page - 1) } }}
              rel="prev"
              className="text-blue-800 underline"
            >
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-stone-700">{t("pageOf", { page: audit.page, pageCount: audit.pageCount })}</span>
          {audit.page < audit.pageCount ? (
            <Link
              href={{ pathname: "/admin/audit", query: { page: String(audit.page + 1) } }}
              rel="next"
              className="text-blue-800 underline"
            >
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
