"use client";

import { useTranslations } from "next-intl";
import type { ConflictField } from "@/lib/curation/result";
import { FieldLabel } from "./field-label";

/**
 * The published value beside the user's for every field that differs, after a save over a newer version; inside a
 * form, a box to send the user's values anyway, now knowingly based on the published version.
 */
export function ConflictView({
  fields,
  kind,
  restartHref,
  publishedVersion,
}: {
  fields: ConflictField[];
  kind?: string;
  restartHref?: string;
  publishedVersion?: number;
}) {
  const t = useTranslations("Curate.conflict");
  return (
    <section aria-labelledby="conflict-heading" className="mt-4 rounded border border-amber-700/50 bg-amber-50 p-4">
      <h2 id="conflict-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <table className="mt-2 w-full border-collapse text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="border-b border-stone-400 py-1 pr-2">
              {t("field")}
            </th>
            <th scope="col" className="border-b border-stone-400 py-1 pr-2">
              {t("published")}
            </th>
            <th scope="col" className="border-b border-stone-400 py-1">
              {t("yours")}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.field} className="align-top">
              <th scope="row" className="border-b border-stone-200 py-1 pr-2 font-medium">
                <FieldLabel field={f.field} kind={kind} />
              </th>
              <td className="border-b border-stone-200 py-1 pr-2 whitespace-pre-wrap">{f.published || "—"}</td>
              <td className="border-b border-stone-200 py-1 whitespace-pre-wrap">{f.yours || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {publishedVersion !== undefined && (
        <p className="mt-3">
          <label className="flex items-start gap-2">
            <input type="checkbox" name="keepMineOver" value={publishedVersion} className="mt-1 size-4" />
            <span>{t("keepMine")}</span>
          </label>
        </p>
      )}
      {restartHref && (
        <p className="mt-2">
          <a href={restartHref} className="text-blue-900 underline">
            {t("restart")}
          </a>
        </p>
      )}
    </section>
  );
}
