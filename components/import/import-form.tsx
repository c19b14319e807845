"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/auth/form-controls";
import { importEntriesAction } from "@/lib/import/actions";
import { initialImportState, type ImportFormState } from "@/lib/import/form-state";
import { IMPORT_KINDS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { ImportReportTable } from "./import-report";
import { useReason } from "./use-reason";

function Summary({ state }: { state: ImportFormState }) {
  const t = useTranslations("Import");
  const reason = useReason();
  const counts = state.report?.counts;
  if (state.formError) {
    return (
      <p role="alert" className="mt-6 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900">
        {reason(state.formError, state.detail)}
      </p>
    );
  }
  if (!counts) return null;
  const summary = t("summary", counts);
  if (state.mode === "import") {
    return (
      <p role="status" className="mt-6 rounded border border-green-800/40 bg-green-50 px-3 py-2 text-green-950">
        {t("imported", { created: counts.create, updated: counts.update })}{" "}
        {state.report?.sourceKey ? t("source", { key: state.report.sourceKey }) : null}
      </p>
    );
  }
  return (
    <p role="status" className="mt-6 rounded border border-stone-400 bg-stone-50 px-3 py-2">
      {t("checked")} {summary}{" "}
      {counts.rejected > 0 ? t("fixAndRetry") : counts.create + counts.update === 0 ? t("nothingToDo") : null}
    </p>
  );
}

/** Upload a file, see the dry run row by row, then import it: one form state for both steps. */
export function ImportForm() {
  const t = useTranslations("Import");
  const reason = useReason();
  const [state, action] = useActionState(importEntriesAction, initialImportState);
  const fileErrors = state.fieldErrors.content ?? state.fieldErrors.fileName ?? [];
  const kindErrors = state.fieldErrors.kind ?? [];
  return (
    <>
      <form
        action={action}
        noValidate
        aria-labelledby="upload-heading"
        className="mt-6 rounded border border-stone-300 bg-white p-4"
      >
        <h2 id="upload-heading" className="text-xl font-semibold">
          {t("uploadHeading")}
        </h2>
        <input type="hidden" name="mode" value="preview" />
        <fieldset className="mt-4" aria-describedby={kindErrors.length ? "kind-error" : undefined}>
          <legend className="font-medium">{t("kindLegend")}</legend>
          {IMPORT_KINDS.map((kind) => (
            <label key={kind} className="mr-6 mt-2 inline-flex items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={kind}
                defaultChecked={(state.kind ?? "organization") === kind}
                key={`${kind}-${state.kind}`}
              />
              {t(`kind.${kind}`)}
            </label>
          ))}
          {kindErrors.length > 0 && (
            <p id="kind-error" className="mt-1 text-sm font-medium text-red-800">
              {kindErrors.map((c) => reason(c)).join(" ")}
            </p>
          )}
        </fieldset>
        <div className="mt-4">
          <label htmlFor="import-file" className="block font-medium">
            {t("file")}
          </label>
          <p id="import-file-hint" className="mt-1 text-sm text-stone-700">
            {t("fileHint", { megabytes: MAX_IMPORT_BYTES / 1_000_000, rows: MAX_IMPORT_ROWS })}
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-invalid={fileErrors.length ? true : undefined}
            aria-describedby={fileErrors.length ? "import-file-hint import-file-error" : "import-file-hint"}
            className="mt-2 block"
          />
          {fileErrors.length > 0 && (
            <p id="import-file-error" className="mt-1 text-sm font-medium text-red-800">
              {fileErrors.map((c) => reason(c)).join(" ")}
            </p>
          )}
        </div>
        <SubmitButton>{t("check")}</SubmitButton>
      </form>
      <Summary state={state} />
      {state.report ? <ImportReportTable report={state.report} /> : null}
      {state.confirm && state.report ? (
        <form action={action} className="mt-6">
          <input type="hidden" name="mode" value="import" />
          <input type="hidden" name="kind" value={state.report.kind} />
          <input type="hidden" name="fileName" value={state.confirm.fileName} />
          <input type="hidden" name="content" value={state.confirm.content} />
          <p>{t("confirmHint")}</p>
          <SubmitButton>
            {t("confirm", { count: state.report.counts.create + state.report.counts.update })}
          </SubmitButton>
        </form>
      ) : null}
    </>
  );
}
