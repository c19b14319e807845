"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { Honeypot } from "@/components/forms/honeypot";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { suggestCorrectionAction } from "@/lib/suggestions/actions";
import { initialSuggestionState } from "@/lib/suggestions/result";
import { SUGGESTION_LIMITS, type SuggestionEntityType } from "@/lib/suggestions/limits";

/** Translates a locale-agnostic error code (Suggest.errors.<code>); unknown codes read as a generic error. */
function useSuggestError() {
  const t = useTranslations("Suggest.errors");
  return (code: string) =>
    t((t.has(code as "unknown") ? code : "unknown") as "bodyTooShort", { min: SUGGESTION_LIMITS.bodyMin });
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
  const section = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // A link to "#suggest" (a refused curator's "Suggest a correction") opens the section, also when it arrives by
    // a client-side navigation, which does not reveal a fragment inside a closed <details> as a page load does.
    const reveal = () => {
      if (window.location.hash !== "#suggest" || !section.current) return;
      section.current.open = true;
      section.current.scrollIntoView({ block: "start" });
    };
    reveal();
    window.addEventListener("hashchange", reveal);
    return () => window.removeEventListener("hashchange", reveal);
  }, []);
  return (
    <details ref={section} className="mt-10 rounded border border-stone-300 bg-white" open={answered || undefined}>
      <summary className="cursor-pointer px-4 py-3 font-medium text-blue-800 hover:underline">{t("summary")}</summary>
      <Form id="suggest" action={action} errorText={errorText} className="max-w-2xl px-4 pb-4">
        <p className="text-stone-800">{t("intro")}</p>
        <FormAlert state={state} notice={state.notice === "thanks" ? t("thanks") : null} />
        <input type="hidden" name="entityType" value={entityType} />
        <input type="hidden" name="slug" value={slug} />
        <TextField
          state={state}
          name="body"
          multiline
          rows={5}
          required
          label={t("body")}
          hint={t("bodyHint", { min: SUGGESTION_LIMITS.bodyMin, max: SUGGESTION_LIMITS.bodyMax })}
          maxLength={SUGGESTION_LIMITS.bodyMax}
        />
        <TextField
          state={state}
          name="sourceUrl"
          type="url"
          inputMode="url"
          autoComplete="off"
          label={t("sourceUrl")}
          hint={t("sourceUrlHint")}
          maxLength={SUGGESTION_LIMITS.sourceUrlMax}
        />
        <TextField
          state={state}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          label={t("email")}
          hint={t("emailHint")}
          maxLength={SUGGESTION_LIMITS.emailMax}
        />
        <Honeypot scope="suggest" label={t("honeypot")} />
        <SubmitButton>{t("send")}</SubmitButton>
      </Form>
    </details>
  );
}
