import "server-only";
import { APIError } from "better-auth/api";
import { getLocale } from "next-intl/server";
import { hasLocale } from "next-intl";
import { Conflict, Forbidden } from "@/lib/errors";
import { routing, type Locale } from "@/lib/i18n/routing";
import { failure, type FormState } from "../form-state";
import type { PasswordProblem } from "../validation";
import { logRequestError } from "@/lib/observability/request-log";

const PASSWORD_CODES: readonly string[] = [
  "passwordTooShort",
  "passwordTooLong",
  "passwordCommon",
  "passwordLikeEmail",
] satisfies PasswordProblem[];

export async function actionLocale(): Promise<Locale> {
  const locale = await getLocale();
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

/** Expected errors become codes beside the right field; anything else is logged and shown as "unknown". */
export function errorState(
  values: Record<string, string | string[]>,
  error: unknown,
  passwordField = "password",
): FormState {
  if (error instanceof Forbidden) return failure(values, { formError: "forbidden" });
  const code = error instanceof Conflict ? error.code : error instanceof APIError ? String(error.body?.code ?? "") : "";
  if (PASSWORD_CODES.includes(code)) return failure(values, { fieldErrors: { [passwordField]: [code] } });
  if (code === "INVALID_TOKEN") return failure(values, { formError: "resetTokenInvalid" });
  if (error instanceof Conflict) return failure(values, { formError: code });
  logRequestError("auth action failed", error);
  return failure(values, { formError: "unknown" });
}

/** A same-site path to return to after signing in ("/admin/users"), or null. */
export function safeNextPath(value: unknown): string | null {
  return typeof value === "string" && /^\/[a-z0-9/-]{0,200}$/.test(value) && !value.startsWith("//") ? value : null;
}
