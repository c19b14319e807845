"use server";

import { revalidatePath } from "next/cache";
import { actionLocale } from "@/lib/auth/actions/action-helpers";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { echoValues, formValues } from "@/lib/auth/form-state";
import { decideSuggestion } from "./decide-suggestion";
import type { SuggestionFailure, SuggestionFormState } from "./result";
import { submitSuggestion } from "./submit-suggestion";
import { HONEYPOT_FIELD } from "./suggestion-schema";
import { logRequestError } from "@/lib/observability/request-log";

type Values = Record<string, string | string[]>;

const failed = (values: Values, result: SuggestionFailure): SuggestionFormState => ({
  ok: false,
  values: echoValues(values),
  fieldErrors: result.fieldErrors,
  formError: result.formError,
});

/** Anything unexpected is logged on the server and shown as a generic error, never its message. */
function unexpected(values: Values, error: unknown): SuggestionFormState {
  logRequestError("suggestion action failed", error);
  return failed(values, { ok: false, fieldErrors: {}, formError: "unknown" });
}

// A reader sends a correction note about an organization or event page; no account needed.
export async function suggestCorrectionAction(
  _previous: SuggestionFormState,
  data: FormData,
): Promise<SuggestionFormState> {
  const values = formValues(data);
  try {
    const result = await submitSuggestion(values, { ip: await requestIp(), locale: await actionLocale() });
    if (!result.ok) return failed({ ...values, [HONEYPOT_FIELD]: "" }, result);
    // A filled honeypot gets the same answer as a real sender.
    return { ok: true, values: {}, fieldErrors: {}, notice: "thanks" };
  } catch (error) {
    return unexpected(values, error);
  }
}

// A moderator closes a reader's suggestion as resolved or dismissed; the queue re-renders without it.
export async function decideSuggestionAction(
  _previous: SuggestionFormState,
  data: FormData,
): Promise<SuggestionFormState> {
  const values = formValues(data);
  try {
    const actor = await getCurrentUser();
    const result = await decideSuggestion(actor, values, { ipAddress: await requestIp() });
    if (!result.ok) return failed(values, result);
    revalidatePath(`/${await actionLocale()}/moderate`);
    return { ok: true, values: {}, fieldErrors: {}, notice: result.status === "RESOLVED" ? "resolved" : "dismissed" };
  } catch (error) {
    return unexpected(values, error);
  }
}
