"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { suggestCorrectionAction } from "@/lib/suggestions/actions";
import { initialSuggestionState, type SuggestionFormState } from "@/lib/suggestions/result";
import { HONEYPOT_FIELD, SUGGESTION_LIMITS, type SuggestionEntityType } from "@/lib/suggestions/limits";

const input =
  "mt-1 w-full rounded border border-stone-500 bg-white px-3 py-2 focus:outline-2 focus:outline-offset-1 focus:outline-blue-800 aria-[invalid]:border-red-800";

/** Translates a locale-agnostic error code (Suggest.errors.<code>); unknown codes read as a generic error. */
function useSuggestError() {
  const t = useTranslations("Suggest.errors");
  return (code: string) =>
    t((t.has(code as "unknown") ? code : "unknown") as "bodyTooShort", { min: SUGGESTION_LIMITS.bodyMin });
}

type FieldProps = {
  state: SuggestionFormState;
  name: "body" | "sourceUrl" | "email";
  label: string;
  hint: string;
  maxLength: number;
};

/** A labelled field with its hint and errors tied to it; after a failed submit it shows what was typed. */
function Field({ state, name, label, hint, maxLength }: FieldProps) {
  const errorText = useSuggestError();
  const id = `suggest-${name}`;
  const errors = state.fieldErrors[name] ?? [];
  const typed = typeof state.values[name] === "string" ? (state.values[name] as string) : "";
  // A new key per submit result resets the uncontrolled field to the echoed value.
  const key = JSON.stringify(typed) + String(errors.length);
  const common = {
    id,
    name,
    maxLength,
    defaultValue: typed,
    "aria-invalid": errors.length ? true : undefined,
    "aria-describedby": [`${id}-hint`, errors.length ? `${id}-error` : null].filter(Boolean).join(" "),
    className: input,
  };
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
        {hint}
      </p>
      {name === "body" ? (
        <textarea key={key} rows={5} required {...common} />
      ) : (
        <input
          key={key}
          type={name === "email" ? "email" : "url"}
          autoComplete={name === "email" ? "email" : "off"}
          inputMode={name === "email" ? "email" : "url"}
          {...common}
        />
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors.map(errorText).join(" ")}
        </p>
      )}
    </div>
  );
}

/**
 * "Suggest a correction": a folded section at the foot of an organization or event page. Anyone may send a note;
 * it goes to the moderators of the entry's diasporas. Posts to a server action, so it works on cached pages.
 */
export function SuggestionForm({ entityType, slug }: { entityType: SuggestionEntityType; slug: string }) {
  const t = useTranslations("Suggest");
  const errorText = useSuggestError();
  const [state, action] = useActionState(suggestCorrectionAction, initialSuggestionState);
  const answered = Boolean(state.notice || state.formError || Object.keys(state.fieldErrors).length);
  return (
    <details className="mt-10 rounded border border-stone-300 bg-white" open={answered || undefined}>
      <summary className="cursor-pointer px-4 py-3 font-medium text-blue-800 hover:underline">{t("summary")}</summary>
      <form action={action} noValidate className="max-w-2xl px-4 pb-4">
        <p className="text-stone-800">{t("intro")}</p>
        {state.notice === "thanks" && (
          <p role="status" className="mt-4 rounded border border-green-800/40 bg-green-50 px-3 py-2 text-green-950">
            {t("thanks")}
          </p>
        )}
        {state.formError && (
          <p role="alert" className="mt-4 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900">
            {errorText(state.formError)}
          </p>
        )}
        {!state.formError && Object.keys(state.fieldErrors).length > 0 && (
          <p role="alert" className="mt-4 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900">
            {t("fixErrors")}
          </p>
        )}
        <input type="hidden" name="entityType" value={entityType} />
        <input type="hidden" name="slug" value={slug} />
        <Field
          state={state}
          name="body"
          label={t("body")}
          hint={t("bodyHint", { min: SUGGESTION_LIMITS.bodyMin, max: SUGGESTION_LIMITS.bodyMax })}
          maxLength={SUGGESTION_LIMITS.bodyMax}
        />
        <Field
          state={state}
          name="sourceUrl"
          label={t("sourceUrl")}
          hint={t("sourceUrlHint")}
          maxLength={SUGGESTION_LIMITS.sourceUrlMax}
        />
        <Field
          state={state}
          name="email"
          label={t("email")}
          hint={t("emailHint")}
          maxLength={SUGGESTION_LIMITS.emailMax}
        />
        {/* Hidden from people and assistive technology; bots that fill every field fill this one too. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={`suggest-${HONEYPOT_FIELD}`}>{t("honeypot")}</label>
          <input
            id={`suggest-${HONEYPOT_FIELD}`}
            type="text"
            name={HONEYPOT_FIELD}
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        <SendButton />
      </form>
    </details>
  );
}

function SendButton() {
  const { pending } = useFormStatus();
  const t = useTranslations("Suggest");
  return (
    <button
      type="submit"
      disabled={pending}
      className="mt-6 rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:opacity-70"
    >
      {pending ? t("sending") : t("send")}
    </button>
  );
}
