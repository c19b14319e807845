"use client";

import { useTranslations } from "next-intl";
import type { ImportReport } from "@/lib/import/plan";
import { useReason } from "./use-reason";

const OUTCOME_STYLE = {
  create: "text-green-900",
  update: "text-blue-900",
  unchanged: "text-stone-700",
  rejected: "font-semibold text-red-800",
} as const;

/** The dry run (or the import) row by row: the file's row number, the entry, what happens to it and why. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const t = useTranslations("Import");
  const reason = useReason();
  return (
    <div className="mt-4 relative overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="py-2 text-left font-medium">
          {t("reportCaption", { file: report.fileName, count: report.rows.length })}
        </caption>
        <thead>
          <tr className="border-b border-stone-400">
            {(["row", "slug", "name", "outcome", "details"] as const).map((h) => (
              <th key={h} scope="col" className="px-2 py-2 font-semibold">
                {t(`columns.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.row} className="border-b border-stone-200 align-top" data-outcome={row.action}>
              <td className="px-2 py-2 tabular-nums">{row.row}</td>
              <td className="break-all px-2 py-2 font-mono text-xs">{row.slug}</td>
              <td className="px-2 py-2">{row.title}</td>
              <td className={`whitespace-nowrap px-2 py-2 ${OUTCOME_STYLE[row.action]}`}>
                {t(`outcome.${row.action}`)}
              </td>
              <td className="px-2 py-2">
                {row.action === "rejected" ? (
                  <ul>
                    {Object.entries(row.errors).map(([column, codes]) => (
                      <li key={column}>
                        {column === "row" ? null : <code className="mr-1 text-xs">{column}</code>}
                        {codes.map((code) => reason(code)).join(" ")}
                      </li>
                    ))}
                  </ul>
                ) : row.action === "update" ? (
                  <span>
                    {t("changes")} <code className="text-xs">{row.changed.join(", ")}</code>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
