"use server";

import { revalidatePath } from "next/cache";
import { defineAction, type Refusal } from "@/lib/actions/define-action";
import { echoValues, formValues } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { decideSuggestion } from "./decide-suggestion";
import type { SuggestionFormState } from "./result";
import { submitSuggestion } from "./submit-suggestion";
import { HONEYPOT_FIELD } from "./suggestion-schema";

type Values = Record<string, string | string[]>;

const failed = (values: Values, refusal: Refusal): SuggestionFormState => ({
  ok: false,
  values: echoValues(values),
  fieldErrors: refusal.fieldErrors ?? {},
  formError: refusal.formError,
});

const suggestionForm = {
  log: "suggestion action failed",
  read: (data: FormData): Values => formValues(data),
  refuse: failed,
};

// A reader sends a correction note about an organization or event page; no account needed.
export const suggestCorrectionAction = defineAction({
  ...suggestionForm,
  run: async (values): Promise<SuggestionFormState> => {
    const result = await submitSuggestion(values, { ip: await requestIp(), locale: await actionLocale() });
    if (!result.ok) return failed({ ...values, [HONEYPOT_FIELD]: "" }, result);
    // A filled honeypot gets the same answer as a real sender.
    return { ok: true, values: {}, fieldErrors: {}, notice: "thanks" };
  },
});

// A moderator closes a reader's suggestion as resolved or dismissed; the queue re-renders without it.
export const decideSuggestionAction = defineAction({
  ...suggestionForm,
  run: async (values): Promise<SuggestionFormState> => {
    const actor = await getCurrentUser();
    const result = await decideSuggestion(actor, values, { ipAddress: await requestIp() });
    if (!result.ok) return failed(values, result);
    revalidatePath(`/${await actionLocale()}/moderate`);
    return { ok: true, values: {}, fieldErrors: {}, notice: result.status === "RESOLVED" ? "resolved" : "dismissed" };
  },
});
