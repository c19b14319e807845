"use server";

import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record-audit";
import { redirect } from "@/lib/i18n/navigation";
import { getAuth } from "../auth";
import { callAuthEndpoint } from "../call-auth-endpoint";
import { requestIp } from "../current-user";
import { failure, fieldErrors, formValues, type FormState } from "../form-state";
import { requestPasswordResetSchema, resetPasswordSchema } from "../schemas";
import { actionLocale, errorState } from "./action-helpers";
import { logRequestError } from "@/lib/observability/request-log";

// Mails a reset link if the address has an account; says the same either way.
export async function requestPasswordResetAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  const parsed = requestPasswordResetSchema.safeParse(values);
  if (!parsed.success) return failure(values, { fieldErrors: fieldErrors(parsed.error) });
  const locale = await actionLocale();
  const result = await callAuthEndpoint("/request-password-reset", {
    email: parsed.data.email,
    redirectTo: `/${locale}/reset-password`,
  });
  if (result.status === 429) return failure(values, { formError: "rateLimited" });
  if (result.status !== 200) {
    logRequestError("request-password-reset: unexpected status", null, {
      status: result.status,
      code: result.code ?? null,
    });
    return failure(values, { formError: "unknown" });
  }
  await recordAudit({
    action: "auth.password_reset_requested",
    actorEmail: parsed.data.email,
    ipAddress: await requestIp(),
  });
  return { ok: true, values: { email: parsed.data.email }, fieldErrors: {}, notice: "resetSent" };
}

// Sets a new password with the emailed token; every session of the account is signed out.
export async function resetPasswordAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  const parsed = resetPasswordSchema.safeParse(values);
  if (!parsed.success) return failure(values, { fieldErrors: fieldErrors(parsed.error) });
  // Tokens are URL-safe text; anything else cannot be one (and a NUL byte would fail better-auth's query).
  if (!/^[\w-]{1,200}$/.test(parsed.data.token)) return failure(values, { formError: "resetTokenInvalid" });
  try {
    await getAuth().api.resetPassword({
      body: { newPassword: parsed.data.password, token: parsed.data.token },
      headers: await headers(),
    });
  } catch (error) {
    return errorState(values, error);
  }
  redirect({ href: { pathname: "/sign-in", query: { notice: "passwordReset" } }, locale: await actionLocale() });
  return failure(values, {});
}
