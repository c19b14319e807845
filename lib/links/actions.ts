"use server";

import { revalidatePath } from "next/cache";
import { defineAction, type Refusal } from "@/lib/actions/define-action";
import { failure, formValues, type FormState } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { checkLinksAgain } from "./commands";

type Values = Record<string, string | string[]>;

// A curator asks for an organization's addresses to be checked again now (queued; a worker takes it in seconds).
export const checkLinksAgainAction = defineAction({
  log: "link check action failed",
  needsDatabase: true,
  read: (data: FormData): Values => formValues(data),
  refuse: (values: Values, refusal: Refusal): FormState => failure(values, refusal),
  run: async (values: Values): Promise<FormState> => {
    const result = await checkLinksAgain(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (!result.ok) return failure(values, result);
    revalidatePath(`/${await actionLocale()}/curate/links`);
    return { ok: true, values: {}, fieldErrors: {}, notice: "checkQueued" };
  },
});
