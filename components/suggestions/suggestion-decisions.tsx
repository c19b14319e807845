"use client";

import { createContext, useActionState, useContext } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Form } from "@/components/forms/form";
import { decideSuggestionAction } from "@/lib/suggestions/actions";
import { initialSuggestionState } from "@/lib/suggestions/result";

/** Translates a locale-agnostic error code (Suggest.errors.<code>); unknown codes read as a generic error. */
function useSuggestErrorText() {
  const t = useTranslations("Suggest.errors");
  return (code: string) => t((t.has(code as "unknown") ? code : "unknown") as "unknown");
}

const DecideContext = createContext<((data: FormData) => void) | null>(null);

/**
 * Holds the outcome of the last "Resolved" / "Dismiss" click for the whole list, so its notice stays on screen
 * after the decided suggestion leaves the re-rendered queue.
 */
export function SuggestionDecisions({ children }: { children: React.ReactNode }) {
  const t = useTranslations("Suggest");
  const [state, decide] = useActionState(decideSuggestionAction, initialSuggestionState);
  const error = state.formError;
  const errorText = useSuggestErrorText();
  return (
    <DecideContext value={decide}>
      {state.ok && (state.notice === "resolved" || state.notice === "dismissed") && (
        <p role="status" className="mt-4 rounded border border-green-800/40 bg-green-50 px-3 py-2 text-green-950">
          {t(`moderate.${state.notice}`)}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900">
          {errorText(error)}
        </p>
      )}
      {children}
    </DecideContext>
  );
}

/** The two decisions for one suggestion; disabled while either is being sent. */
export function DecisionButtons({ suggestionId }: { suggestionId: string }) {
  const decide = useContext(DecideContext);
  const errorText = useSuggestErrorText();
  if (!decide) throw new Error("DecisionButtons must be inside SuggestionDecisions");
  return (
    <Form action={decide} errorText={errorText} className="mt-4 flex flex-wrap gap-3">
      <input type="hidden" name="suggestionId" value={suggestionId} />
      <Buttons />
    </Form>
  );
}

function Buttons() {
  const { pending } = useFormStatus();
  const t = useTranslations("Suggest.moderate");
  const button =
    "rounded px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:opacity-70";
  return (
    <>
      <button
        type="submit"
        name="decision"
        value="RESOLVED"
        disabled={pending}
        className={`${button} bg-blue-800 text-white hover:bg-blue-900`}
      >
        {t("resolve")}
      </button>
      <button
        type="submit"
        name="decision"
        value="DISMISSED"
        disabled={pending}
        className={`${button} border border-stone-600 bg-white text-stone-900 hover:bg-stone-100`}
      >
        {t("dismiss")}
      </button>
    </>
  );
}
