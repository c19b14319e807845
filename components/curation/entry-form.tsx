"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { saveEntryAction } from "@/lib/curation/actions";
import type { CurationFormState } from "@/lib/curation/result";
import { ConflictView } from "./conflict-view";
import { Form } from "@/components/forms/form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useCurateErrorText } from "./curate-error-text";

type Props = {
  /** The kind of entry (Revision.entityType) the save action dispatches on. */
  entityType: string;
  initialValues: Record<string, string | string[]>;
  restartHref?: string;
  /** The kind's own fields, drawn from the current state (what was typed, and the errors beside it). */
  children: (state: CurationFormState) => ReactNode;
};

/**
 * The frame every curation form shares: the save action, the whole-form error or conflict view, the id and
 * version the edit started from, and the save button. After a failed submit every field keeps what was typed.
 */
export function EntryForm({ entityType, initialValues, restartHref, children }: Props) {
  const t = useTranslations("Curate");
  const errorText = useCurateErrorText();
  const [state, action] = useActionState<CurationFormState, FormData>(saveEntryAction, {
    ok: false,
    values: initialValues,
    fieldErrors: {},
  });
  return (
    <Form action={action} errorText={errorText} className="max-w-3xl">
      <input type="hidden" name="entityType" value={entityType} />
      <p className="mt-2 text-stone-800">{t("form.pendingNote")}</p>
      <FormAlert state={state} />
      {state.conflict && (
        <ConflictView
          fields={state.conflict}
          kind={entityType}
          restartHref={restartHref}
          publishedVersion={state.publishedVersion}
        />
      )}
      {typeof state.values.id === "string" && <input type="hidden" name="id" value={state.values.id} />}
      <input
        type="hidden"
        name="version"
        value={typeof state.values.version === "string" ? state.values.version : "0"}
      />
      {children(state)}
      <SubmitButton>{t("form.save")}</SubmitButton>
    </Form>
  );
}

/** The section every form groups its fields in. */
export const formSection = "mt-8 rounded border border-stone-300 bg-white p-4";
