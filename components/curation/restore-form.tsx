"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { restoreRevisionAction } from "@/lib/curation/actions";
import { initialCurationState } from "@/lib/curation/result";
import { ConflictView } from "./conflict-view";
import { Form } from "@/components/forms/form";
import { useCurateErrorText } from "./curate-error-text";

/** "Restore this version": sends the revision's content for review as a new revision based on `version`. */
export function RestoreForm({ revisionId, version, label }: { revisionId: string; version: number; label: string }) {
  const t = useTranslations("Curate.historyPage");
  const errorText = useCurateErrorText();
  const [state, action] = useActionState(restoreRevisionAction, initialCurationState);
  return (
    <Form action={action} errorText={errorText}>
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        aria-label={label}
        className="rounded border border-stone-600 bg-white px-2 py-1 text-sm text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
      >
        {t("restore")}
      </button>
      {state.formError && (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {errorText(state.formError)}
        </p>
      )}
      {state.conflict && <ConflictView fields={state.conflict} />}
    </Form>
  );
}
