"use server";

import { revalidatePath } from "next/cache";
import { defineAction, type Refusal } from "@/lib/actions/define-action";
import { echoValues, failure, formValues, type FormState } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { HONEYPOT_FIELD } from "@/lib/suggestions/limits";
import { confirmDigest, unsubscribeDigest } from "./digests";
import { subscribeToDigest } from "./subscribe";
import { saveMailSettings } from "./settings";

type Values = Record<string, string | string[]>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const failed = (values: Values, refusal: Refusal): FormState => ({
  ok: false,
  values: echoValues({ ...values, [HONEYPOT_FIELD]: "" }),
  fieldErrors: refusal.fieldErrors ?? {},
  formError: refusal.formError,
});

const mailForm = {
  log: "notification action failed",
  read: (data: FormData): Values => formValues(data),
  refuse: failed,
  needsDatabase: true,
};

// The signed-in user's mail settings (their own only).
export const saveMailSettingsAction = defineAction({
  ...mailForm,
  run: async (values): Promise<FormState> => {
    const user = await getCurrentUser();
    if (!user) return failure(values, { formError: "signedOut" });
    const locale = await actionLocale();
    const result = await saveMailSettings(user.userId, values, locale);
    if (!result.ok) return failed(values, result);
    revalidatePath(`/${locale}/account`);
    // The form shows what was saved (a plain object: the form's values have no prototype).
    const saved = {
      moderationMail: String(one(values.moderationMail)),
      decisionMail: one(values.decisionMail) === "1" ? "1" : "",
    };
    return { ok: true, values: saved, fieldErrors: {}, notice: "mailSettingsSaved" };
  },
});

// A visitor asks for the weekly mail of new events; no account needed. The answer is the same whether the address is
// new or not, and for a filled honeypot.
export const subscribeDigestAction = defineAction({
  ...mailForm,
  run: async (values): Promise<FormState> => {
    const result = await subscribeToDigest(values, { ip: await requestIp(), locale: await actionLocale() });
    if (!result.ok) return failed(values, result);
    return { ok: true, values: {}, fieldErrors: {}, notice: "checkMailbox" };
  },
});

// The visitor confirms from the link in the confirmation mail (a button: mail scanners follow links, not forms).
export const confirmDigestAction = defineAction({
  ...mailForm,
  run: async (values): Promise<FormState> => {
    const result = await confirmDigest({ id: one(values.id), token: one(values.token) });
    if (!result.ok) return failed({}, result);
    return { ok: true, values: {}, fieldErrors: {}, notice: "confirmed" };
  },
});

// The visitor ends the weekly mail from the link in any digest.
export const unsubscribeDigestAction = defineAction({
  ...mailForm,
  run: async (values): Promise<FormState> => {
    const result = await unsubscribeDigest({ id: one(values.id), token: one(values.token) });
    if (!result.ok) return failed({}, { formError: "badLink" });
    return { ok: true, values: {}, fieldErrors: {}, notice: "unsubscribed" };
  },
});
