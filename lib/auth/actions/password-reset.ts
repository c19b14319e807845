"use server";

import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { failure } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { recordAudit } from "@/lib/audit/record-audit";
import { redirect } from "@/lib/i18n/navigation";
import { logRequestError } from "@/lib/observability/request-log";
import { getAuth } from "../auth";
import { callAuthEndpoint } from "../call-auth-endpoint";
import { requestIp } from "../current-user";
import { requestPasswordResetSchema, resetPasswordSchema } from "../schemas";
import { authForm } from "./action-helpers";

// Mails a reset link if the address has an account; says the same either way.
export const requestPasswordResetAction = defineAction({
  ...authForm(),
  schema: requestPasswordResetSchema,
  run: async (parsed, values) => {
    const locale = await actionLocale();
    const result = await callAuthEndpoint("/request-password-reset", {
      email: parsed.email,
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
      actorEmail: parsed.email,
      ipAddress: await requestIp(),
    });
    return { ok: true, values: { email: parsed.email }, fieldErrors: {}, notice: "resetSent" };
  },
});

// Sets a new password with the emailed token; every session of the account is signed out.
export const resetPasswordAction = defineAction({
  ...authForm(),
  schema: resetPasswordSchema,
  run: async (parsed, values) => {
    // Tokens are URL-safe text; anything else cannot be one (and a NUL byte would fail better-auth's query).
    if (!/^[\w-]{1,200}$/.test(parsed.token)) return failure(values, { formError: "resetTokenInvalid" });
    await getAuth().api.resetPassword({
      body: { newPassword: parsed.password, token: parsed.token },
      headers: await headers(),
    });
    redirect({ href: { pathname: "/sign-in", query: { notice: "passwordReset" } }, locale: await actionLocale() });
    return failure(values, {});
  },
});
