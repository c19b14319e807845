import { getTranslations } from "next-intl/server";
import type { FieldChange } from "@/lib/curation/diff";
import { FieldLabel } from "./field-label";

/** Field-by-field changes: the old value struck out beside the new one (no old column for a new entry). */
export async function ChangeTable({
  changes,
  kind,
  caption,
  beforeLabel,
  afterLabel,
  showBefore = true,
}: {
  changes: FieldChange[];
  kind: string;
  caption: string;
  beforeLabel: string;
  afterLabel: string;
  showBefore?: boolean;
}) {
  const t = await getTranslations("Moderate");
  return (
    <table className="mt-3 w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-stone-400 py-1 pr-2">
            {t("field")}
          </th>
          {showBefore && (
            <th scope="col" className="border-b border-stone-400 py-1 pr-2">
              {beforeLabel}
            </th>
          )}
          <th scope="col" className="border-b border-stone-400 py-1">
            {afterLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} className="align-top">
            <th scope="row" className="border-b border-stone-200 py-1 pr-2 font-medium">
              <FieldLabel field={c.field} kind={kind} />
            </th>
            {showBefore && (
              <td className="border-b border-stone-200 py-1 pr-2 whitespace-pre-wrap">
                <del className="text-red-900">{c.before || "—"}</del>
              </td>
            )}
            <td className="border-b border-stone-200 py-1 whitespace-pre-wrap">
              <ins className="text-green-900 no-underline">{c.after || "—"}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
