import { getFormatter, getTranslations } from "next-intl/server";
import { PUBLISHED, type HistoryEntry } from "@/lib/curation/history";
import type { FieldChange } from "@/lib/curation/diff";
import { PersonLabel } from "@/components/ui/person-label";
import { ChangeTable } from "./change-table";
import { RestoreForm } from "./restore-form";

type Props = {
  /** The kind of entry (Revision.entityType), for field labels. */
  kind: string;
  entries: HistoryEntry[];
  compared: { from: string; to: string; changes: FieldChange[] } | null;
  /** The published version the page shows; restores are based on it. */
  version: number;
  canRestore: boolean;
};

/**
 * Every revision with who, when and status; two columns of radio buttons pick any two to compare (a plain GET
 * form, so it works without JavaScript), and each revision can be restored as a new revision.
 */
export async function RevisionHistory({ kind, entries, compared, version, canRestore }: Props) {
  const [t, tStatus, format] = await Promise.all([
    getTranslations("Curate.historyPage"),
    getTranslations("Curate.status"),
    getFormatter(),
  ]);
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "medium" }) : "";
  const name = (e: HistoryEntry) =>
    e.id === PUBLISHED
      ? t("published", { version })
      : t("revisionOf", { number: e.number ?? 0, date: when(e.createdAt) });
  const th = "border-b border-stone-400 py-2 pr-3";
  const td = "border-b border-stone-200 py-2 pr-3";
  return (
    <>
      {/* The radios belong to the compare form below through form="compare": restore forms cannot nest in it. */}
      <div className="mt-6">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("from")}
              </th>
              <th scope="col" className={th}>
                {t("to")}
              </th>
              <th scope="col" className={th}>
                {t("version")}
              </th>
              <th scope="col" className={th}>
                {t("status")}
              </th>
              <th scope="col" className={th}>
                {t("author")}
              </th>
              <th scope="col" className={th}>
                {t("reviewer")}
              </th>
              <th scope="col" className={th}>
                {t("comment")}
              </th>
              {canRestore && (
                <th scope="col" className={th}>
                  <span className="sr-only">{t("restore")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="align-top">
                <td className={td}>
                  <input
                    type="radio"
                    form="compare"
                    name="from"
                    value={e.id}
                    defaultChecked={compared?.from === e.id}
                    aria-label={t("compareFrom", { name: name(e) })}
                    className="size-4"
                  />
                </td>
                <td className={td}>
                  <input
                    type="radio"
                    form="compare"
                    name="to"
                    value={e.id}
                    defaultChecked={compared?.to === e.id}
                    aria-label={t("compareTo", { name: name(e) })}
                    className="size-4"
                  />
                </td>
                <th scope="row" className={`${td} font-medium`}>
                  {name(e)}
                </th>
                <td className={td}>
                  {e.status === "PUBLISHED" ? t("live") : tStatus(e.status)}
                  {e.reviewedAt && <span className="block text-stone-700">{when(e.reviewedAt)}</span>}
                </td>
                <td className={td}>{e.author ? <PersonLabel person={e.author} /> : e.id === PUBLISHED ? "" : "—"}</td>
                <td className={td}>{e.reviewer ? <PersonLabel person={e.reviewer} /> : ""}</td>
                <td className={`${td} whitespace-pre-wrap`}>{e.comment ?? ""}</td>
                {canRestore && (
                  <td className={td}>
                    {e.id !== PUBLISHED && (
                      <RestoreForm revisionId={e.id} version={version} label={t("restoreLabel", { name: name(e) })} />
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form id="compare" method="get">
        <button
          type="submit"
          className="mt-3 rounded border border-stone-600 bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
        >
          {t("compare")}
        </button>
      </form>
      <section aria-labelledby="diff-heading" className="mt-8">
        <h2 id="diff-heading" className="text-xl font-semibold">
          {t("diffHeading")}
        </h2>
        {!compared ? (
          <p className="mt-2 text-stone-800">{t("nothingToCompare")}</p>
        ) : compared.changes.length === 0 ? (
          <p className="mt-2 text-stone-800">{t("identical")}</p>
        ) : (
          <ChangeTable
            changes={compared.changes}
            kind={kind}
            caption={t("diffHeading")}
            beforeLabel={name(entries.find((e) => e.id === compared.from)!)}
            afterLabel={name(entries.find((e) => e.id === compared.to)!)}
          />
        )}
      </section>
    </>
  );
}
