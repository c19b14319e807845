"use server";

import { defineAction } from "@/lib/actions/define-action";
import { failure } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { recordAudit } from "@/lib/audit/record-audit";
import { redirect } from "@/lib/i18n/navigation";
import { logRequestError } from "@/lib/observability/request-log";
import { SIGN_IN_THROTTLED } from "../auth-hooks";
import { callAuthEndpoint } from "../call-auth-endpoint";
import { landingPath } from "../landing";
import { loadActor } from "../load-actor";
import { requestIp } from "../current-user";
import { signInSchema } from "../schemas";
import { authForm, safeNextPath } from "./action-helpers";

// Signs the user in with email and password, then goes to the page they came from, else to their work
// (lib/auth/landing.ts: moderation queue, curation, or their account).
export const signInAction = defineAction({
  ...authForm(),
  schema: signInSchema,
  run: async (parsed, values) => {
    const result = await callAuthEndpoint("/sign-in/email", { ...parsed, rememberMe: true });
    if (result.status === 200) {
      const next = safeNextPath(values.next) ?? landingPath(result.userId ? await loadActor(result.userId) : null);
      redirect({ href: next, locale: await actionLocale() });
    }
    if (result.status === 429) {
      // A per-account delay is already in the audit log (lib/auth/auth-hooks.ts); this is the per-address limit.
      if (result.code !== SIGN_IN_THROTTLED)
        await recordAudit({
          action: "auth.sign_in_rate_limited",
          actorEmail: parsed.email,
          ipAddress: await requestIp(),
        });
      return failure(values, { formError: "rateLimited" });
    }
    if (result.status === 401 || result.status === 400) return failure(values, { formError: "invalidCredentials" });
    if (result.status === 403)
      return failure(values, {
        formError: result.code === "EMAIL_NOT_VERIFIED" ? "invalidCredentials" : "originRejected",
      });
    logRequestError("sign-in: unexpected status", null, { status: result.status, code: result.code ?? null });
    return failure(values, { formError: "unknown" });
  },
});
