import "server-only";
import { APIError } from "better-auth/api";
import { Conflict } from "@/lib/errors";
import type { Refusal } from "@/lib/actions/define-action";
import { failure, formValues, type FormState } from "@/lib/actions/form-state";
import type { PasswordProblem } from "../validation";

const PASSWORD_CODES: readonly string[] = [
  "passwordTooShort",
  "passwordTooLong",
  "passwordCommon",
  "passwordLikeEmail",
] satisfies PasswordProblem[];

type Values = Record<string, string | string[]>;

/** The auth forms' expected errors: password rules beside the password field, a spent token, a conflict's code. */
export function authError(error: unknown, passwordField = "password"): Refusal | null {
  const code = error instanceof Conflict ? error.code : error instanceof APIError ? String(error.body?.code ?? "") : "";
  if (PASSWORD_CODES.includes(code)) return { fieldErrors: { [passwordField]: [code] } };
  if (code === "INVALID_TOKEN") return { formError: "resetTokenInvalid" };
  if (error instanceof Conflict) return { formError: code };
  return null;
}

/** What every auth form shares with defineAction: its typed values in, its FormState out. */
export const authForm = (arrays: readonly string[] = []) => ({
  log: "auth action failed",
  read: (data: FormData): Values => formValues(data, arrays),
  refuse: (values: Values, refusal: Refusal): FormState => failure(values, refusal),
  knownError: (error: unknown) => authError(error),
});

/** A same-site path to return to after signing in ("/admin/users"), or null. */
export function safeNextPath(value: unknown): string | null {
  return typeof value === "string" && /^\/[a-z0-9/-]{0,200}$/.test(value) && !value.startsWith("//") ? value : null;
}
