"use server";

import { revalidatePath } from "next/cache";
import { defineAction, type Refusal } from "@/lib/actions/define-action";
import { failure, formValues, type FormState } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { retryJob, runJobNow, type JobCommandResult } from "./commands";

type Values = Record<string, string | string[]>;

const jobForm = (command: typeof runJobNow, notice: string) => ({
  log: "job action failed",
  needsDatabase: true,
  read: (data: FormData): Values => formValues(data),
  refuse: (values: Values, refusal: Refusal): FormState => failure(values, refusal),
  run: async (values: Values): Promise<FormState> => {
    const result: JobCommandResult = await command(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (!result.ok) return failure(values, result);
    revalidatePath(`/${await actionLocale()}/admin/jobs`);
    return { ok: true, values: {}, fieldErrors: {}, notice };
  },
});

// An admin runs a scheduled job now (it is queued; a worker takes it within seconds).
export const runJobNowAction = defineAction(jobForm(runJobNow, "runQueued"));

// An admin puts a failed run back in its queue.
export const retryJobAction = defineAction(jobForm(retryJob, "retryQueued"));
