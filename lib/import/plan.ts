// What an import did or would do to each row: the outcome, the file's columns it changes, and the reasons it was
// refused (codes per column, translated in the UI).
import type { FieldErrors } from "@/lib/curation/kinds/types";
import type { ImportKind, ImportMode } from "./import-schema";

export const IMPORT_ACTIONS = ["create", "update", "unchanged", "rejected"] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export type PlanRow = {
  row: number;
  slug: string;
  title: string | null;
  action: ImportAction;
  changed: string[];
  errors: FieldErrors;
};

export type ImportReport = {
  kind: ImportKind;
  format: "csv" | "json";
  fileName: string;
  rows: PlanRow[];
  counts: Record<ImportAction, number>;
  /** The Source the imported entries cite (after a real run). */
  sourceKey?: string;
};

export type ImportResult =
  | { ok: true; mode: ImportMode; report: ImportReport }
  | {
      ok: false;
      fieldErrors: FieldErrors;
      formError?: string;
      detail?: Record<string, string | number>;
      report?: ImportReport;
    };

export function countActions(rows: readonly PlanRow[]): Record<ImportAction, number> {
  const counts = { create: 0, update: 0, unchanged: 0, rejected: 0 };
  for (const row of rows) counts[row.action]++;
  return counts;
}
