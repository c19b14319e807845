import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { RevisionSummary } from "@/lib/curation/list-revisions";
import { Link } from "@/lib/i18n/navigation";

/** The curator's revisions with their status and, for returned ones, the moderator's comment. */
export async function RevisionList({ revisions, locale }: { revisions: RevisionSummary[]; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("Curate"), getFormatter()]);
  if (revisions.length === 0) return <p className="mt-4 text-stone-800">{t("empty")}</p>;
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <thead>
        <tr>
          <th scope="col" className="border-b border-stone-400 py-2 pr-3">
            {t("entry")}
          </th>
          <th scope="col" className="border-b border-stone-400 py-2 pr-3">
            {t("kindColumn")}
          </th>
          <th scope="col" className="border-b border-stone-400 py-2 pr-3">
            {t("statusColumn")}
          </th>
          <th scope="col" className="border-b border-stone-400 py-2 pr-3">
            {t("submittedColumn")}
          </th>
          <th scope="col" className="border-b border-stone-400 py-2">
            {t("commentColumn")}
          </th>
        </tr>
      </thead>
      <tbody>
        {revisions.map((r) => (
          <tr key={r.id} className="align-top">
            <td className="border-b border-stone-200 py-2 pr-3">
              <LocalizedTextView text={r.name} pageLocale={locale} fallback={r.key} />
              {r.editHref && r.historyHref ? (
                <>
                  <Link href={r.editHref} className="ml-2 text-sm text-blue-900 underline">
                    {t("edit")}
                  </Link>
                  <Link href={r.historyHref} className="ml-2 text-sm text-blue-900 underline">
                    {t("history")}
                  </Link>
                </>
              ) : (
                <span className="ml-2 text-sm text-stone-700">({t("newEntry")})</span>
              )}
            </td>
            <td className="border-b border-stone-200 py-2 pr-3">
              {t(`kinds.${r.entityType}` as "kinds.organization")}
            </td>
            <td className="border-b border-stone-200 py-2 pr-3">{t(`status.${r.status}`)}</td>
            <td className="border-b border-stone-200 py-2 pr-3">
              {format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" })}
            </td>
            <td className="border-b border-stone-200 py-2">
              <span className="whitespace-pre-wrap">{r.comment ?? ""}</span>
              {r.reopenHref && (
                <Link href={r.reopenHref} className="mt-1 block text-sm text-blue-900 underline">
                  {t("reopen")}
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
