// What the import action returns to its form: errors to show, and the dry run's report (with the file's content when
// it may be imported, so the confirmation resends exactly the file that was checked).
import type { ImportKind } from "./limits";
import type { ImportReport } from "./plan";

export type ImportFormState = {
  ok: boolean;
  kind?: ImportKind;
  mode?: "preview" | "import";
  fieldErrors: Record<string, string[]>;
  formError?: string;
  detail?: Record<string, string | number>;
  report?: ImportReport;
  /** Set after a dry run with nothing rejected: the checked file, for the confirming form. */
  confirm?: { fileName: string; content: string };
};

export const initialImportState: ImportFormState = { ok: false, fieldErrors: {} };
