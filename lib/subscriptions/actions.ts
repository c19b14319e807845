"use server";

import { revalidatePath } from "next/cache";
import { defineAction, type Refusal } from "@/lib/actions/define-action";
import { failure, formValues, type FormState } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import {
  createSubscription,
  deleteSubscription,
  pauseSubscription,
  pollSubscriptionNow,
  trustSubscription,
  type SubscriptionResult,
} from "./commands";

type Values = Record<string, string | string[]>;
type Command = typeof createSubscription;

const subscriptionForm = (command: Command, notice: string) => ({
  log: "subscription action failed",
  needsDatabase: true,
  read: (data: FormData): Values => formValues(data),
  refuse: (values: Values, refusal: Refusal): FormState => failure(values, refusal),
  run: async (values: Values): Promise<FormState> => {
    const result: SubscriptionResult = await command(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (!result.ok) return failure(values, result);
    revalidatePath(`/${await actionLocale()}/curate/subscriptions`, "layout");
    // A new subscription's form starts empty again; the buttons' forms hold nothing typed.
    return { ok: true, values: {}, fieldErrors: {}, notice };
  },
});

// A curator subscribes an organization's calendar (read once now to check it, then every few hours).
export const createSubscriptionAction = defineAction(subscriptionForm(createSubscription, "created"));

// A curator asks for a read now (queued; a worker takes it within seconds).
export const pollSubscriptionAction = defineAction(subscriptionForm(pollSubscriptionNow, "pollQueued"));

// A curator pauses or resumes the reads.
export const pauseSubscriptionAction = defineAction(subscriptionForm(pauseSubscription, "saved"));

// An admin marks a subscription trusted (its events are published without review), or no longer trusted.
export const trustSubscriptionAction = defineAction(subscriptionForm(trustSubscription, "saved"));

// A curator removes a subscription; the events it brought stay.
export const deleteSubscriptionAction = defineAction(subscriptionForm(deleteSubscription, "deleted"));
