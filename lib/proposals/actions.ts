"use server";

import { defineAction, type Refusal } from "@/lib/actions/define-action";
import { echoValues, formValues } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { requestIp } from "@/lib/auth/current-user";
import type { FormState } from "@/lib/actions/form-state";
import { HONEYPOT_FIELD } from "@/lib/suggestions/limits";
import { CHALLENGE_FIELD } from "./limits";
import { submitProposal } from "./submit-proposal";

type Values = Record<string, string | string[]>;

// The solution is not echoed: the form keeps its own until the server has used or refused it.
const failed = (values: Values, refusal: Refusal): FormState => ({
  ok: false,
  values: echoValues({ ...values, [HONEYPOT_FIELD]: "", [CHALLENGE_FIELD]: "" }),
  fieldErrors: refusal.fieldErrors ?? {},
  formError: refusal.formError,
});

// A visitor proposes a new event or organization; no account needed. It waits for a moderator as a pending revision.
export const proposeEntryAction = defineAction({
  log: "proposal action failed",
  read: (data: FormData): Values => formValues(data),
  refuse: failed,
  needsDatabase: true,
  run: async (values): Promise<FormState> => {
    const result = await submitProposal(values, { ip: await requestIp(), locale: await actionLocale() });
    if (!result.ok) return failed(values, result);
    // A filled honeypot gets the same answer as a real sender.
    return { ok: true, values: {}, fieldErrors: {}, notice: "thanks" };
  },
});
