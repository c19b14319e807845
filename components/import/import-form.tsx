"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FileField, RadioGroup } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { importEntriesAction } from "@/lib/import/actions";
import { initialImportState, type ImportFormState } from "@/lib/import/form-state";
import { IMPORT_KINDS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { ImportReportTable } from "./import-report";
import { useReason } from "./use-reason";

function Summary({ state }: { state: ImportFormState }) {
  const t = useTranslations("Import");
  const counts = state.report?.counts;
  if (state.formError || !counts) return null;
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
  return (
    <>
      <Form
        action={action}
        errorText={(code) => reason(code, state.detail)}
        aria-labelledby="upload-heading"
        className="mt-6 rounded border border-stone-300 bg-white p-4"
      >
        <h2 id="upload-heading" className="text-xl font-semibold">
          {t("uploadHeading")}
        </h2>
        <FormAlert state={state} fieldOf={{ content: "file", fileName: "file" }} />
        <input type="hidden" name="mode" value="preview" />
        <RadioGroup
          state={state}
          name="kind"
          legend={t("kindLegend")}
          choices={IMPORT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          defaultValue={state.kind ?? "organization"}
        />
        <FileField
          state={state}
          name="file"
          label={t("file")}
          hint={t("fileHint", { megabytes: MAX_IMPORT_BYTES / 1_000_000, rows: MAX_IMPORT_ROWS })}
          accept=".csv,.json,text/csv,application/json"
          errorNames={["content", "fileName"]}
        />
        <SubmitButton>{t("check")}</SubmitButton>
      </Form>
      <Summary state={state} />
      {state.report ? <ImportReportTable report={state.report} /> : null}
      {state.confirm && state.report ? (
        <Form action={action} errorText={(code) => reason(code, state.detail)} className="mt-6">
          <input type="hidden" name="mode" value="import" />
          <input type="hidden" name="kind" value={state.report.kind} />
          <input type="hidden" name="fileName" value={state.confirm.fileName} />
          <input type="hidden" name="content" value={state.confirm.content} />
          <p>{t("confirmHint")}</p>
          <SubmitButton>
            {t("confirm", { count: state.report.counts.create + state.report.counts.update })}
          </SubmitButton>
        </Form>
      ) : null}
    </>
  );
}
