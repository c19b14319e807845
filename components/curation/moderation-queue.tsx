import { getFormatter, getTranslations } from "next-intl/server";
import type { PendingRevision } from "@/lib/curation/list-revisions";
import { FieldLabel } from "./field-label";
import { ReviewForms } from "./review-forms";

/** Every pending revision with a field-by-field comparison against the published entry, and its decision forms. */
export async function ModerationQueue({ revisions }: { revisions: PendingRevision[] }) {
  const [t, format] = await Promise.all([getTranslations("Moderate"), getFormatter()]);
  if (revisions.length === 0) return <p className="mt-6 text-stone-800">{t("empty")}</p>;
  return (
    <ul className="mt-6 space-y-8">
      {revisions.map((r) => {
        const name = r.name?.value ?? r.key;
        return (
          <li key={r.id}>
            <article aria-labelledby={`rev-${r.id}`} className="rounded border border-stone-300 bg-white p-4">
              <h2 id={`rev-${r.id}`} className="text-xl font-semibold">
                {r.isNew ? t("newOfKind", { kind: r.entityType, name }) : t("editEntry", { name })}
              </h2>
              <p className="mt-1 text-sm text-stone-700">
                {t("by", { author: r.author ?? "—", date: format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
              {r.stale && <p className="mt-2 rounded border border-amber-700/50 bg-amber-50 px-3 py-2 text-amber-950">{t("stale")}</p>}
              {r.changes.length === 0 ? (
                <p className="mt-2">{t("noChanges")}</p>
              ) : (
                <table className="mt-3 w-full border-collapse text-left text-sm">
                  <caption className="sr-only">{t("changesCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="border-b border-stone-400 py-1 pr-2">{t("field")}</th>
                      {!r.isNew && <th scope="col" className="border-b border-stone-400 py-1 pr-2">{t("before")}</th>}
                      <th scope="col" className="border-b border-stone-400 py-1">{t("after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.changes.map((c) => (
                      <tr key={c.field} className="align-top">
                        <th scope="row" className="border-b border-stone-200 py-1 pr-2 font-medium"><FieldLabel field={c.field} /></th>
                        {!r.isNew && <td className="border-b border-stone-200 py-1 pr-2 whitespace-pre-wrap"><del className="text-red-900">{c.before || "—"}</del></td>}
                        <td className="border-b border-stone-200 py-1 whitespace-pre-wrap"><ins className="text-green-900 no-underline">{c.after || "—"}</ins></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <ReviewForms revisionId={r.id} stale={r.stale} />
            </article>
          </li>
        );
      })}
    </ul>
  );
}
