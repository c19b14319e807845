// What suggestion commands return. Codes are translated with next-intl (Suggest.errors.<code>).
import type { FormState } from "@/lib/actions/form-state";

export type SuggestionFailure = { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

/** `suggestionId` is null when the honeypot was filled: the sender is thanked, nothing is stored. */
export type SubmitSuggestionResult = { ok: true; suggestionId: string | null } | SuggestionFailure;

export type DecideSuggestionResult =
  { ok: true; suggestionId: string; status: "RESOLVED" | "DISMISSED" } | SuggestionFailure;

export type SuggestionFormState = FormState;

export const initialSuggestionState: SuggestionFormState = { ok: false, values: {}, fieldErrors: {} };
