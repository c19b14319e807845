"use client";

import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { saveEntryAction } from "@/lib/curation/actions";
import type { CurationFormState } from "@/lib/curation/result";
import { ConflictView } from "./conflict-view";
import { useCurateError } from "./form-fields";

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
  const errorText = useCurateError();
  const [state, action] = useActionState<CurationFormState, FormData>(saveEntryAction, {
    ok: false,
    values: initialValues,
    fieldErrors: {},
  });
  return (
    <form action={action} noValidate className="max-w-3xl">
      <input type="hidden" name="entityType" value={entityType} />
      <p className="mt-2 text-stone-800">{t("form.pendingNote")}</p>
      {state.formError && (
        <p role="alert" className="mt-4 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900">
          {errorText(state.formError)}
        </p>
      )}
      {!state.formError && Object.keys(state.fieldErrors).length > 0 && (
        <p role="alert" className="mt-4 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900">
          {t("form.fixErrors")}
        </p>
      )}
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
      <SaveButton />
    </form>
  );
}

/** The section every form groups its fields in. */
export const formSection = "mt-8 rounded border border-stone-300 bg-white p-4";

function SaveButton() {
  const { pending } = useFormStatus();
  const t = useTranslations("Curate.form");
  return (
    <button
      type="submit"
      disabled={pending}
      className="mt-6 rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:opacity-70"
    >
      {pending ? t("saving") : t("save")}
    </button>
  );
}
