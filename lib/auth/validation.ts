// Field rules shared by every auth form, on the client and the server. Messages are locale-agnostic error
// codes; forms translate them with next-intl (messages: Auth.errors.<code>).
import { z } from "zod";
import { hasInvisible, hasMarkup } from "@/lib/validation/text";
import commonPasswords from "./data/common-passwords.json";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-limits";

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

const COMMON = new Set<string>(commonPasswords);

export type PasswordProblem = "passwordTooShort" | "passwordTooLong" | "passwordCommon" | "passwordLikeEmail";

/** The first rule a new password breaks, or null. Length counts characters (code points), not bytes. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "passwordCommon";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "passwordLikeEmail";
  return null;
}

export const emailField = z
  .string("invalid")
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"));
// A display name is shown beside other text (the moderation queue, histories, the audit log). Format characters
// (bidi marks and overrides, zero-width joiners, soft hyphen, invisible operators), controls, private use, variation
// selectors, blank-looking letters (Hangul fillers, braille blank) and spaces other than U+0020 could make one name
// look like another or reorder what is printed next to it.
const HIDDEN_IN_NAME =
  /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}\u00A0\u034F\u115F\u1160\u1680\u180B-\u180F\u2000-\u200A\u202F\u205F\u2800\u3000\u3164\uFE00-\uFE0F\uFFA0]/u;
// An address in a name ("Root Admin <root@…>") impersonates the account printed beside it. NFKC first: "＠" and
// "﹫" become "@".
const AT_SIGN = /@/;

export const hasHiddenInName = (value: string) => hasInvisible(value) || HIDDEN_IN_NAME.test(value);
export const looksLikeEmail = (value: string) => AT_SIGN.test(value.normalize("NFKC"));

export const nameField = z
  .string("invalid")
  .trim()
  .min(1, "required")
  .max(100, "nameTooLong")
  .refine((value) => !hasMarkup(value), "markup")
  .refine((value) => !hasHiddenInName(value), "invisibleCharacters")
  .refine((value) => !looksLikeEmail(value), "nameLikeEmail");

/** The first rule a display name breaks (an Auth.errors code), or null: for names set outside our forms (better-auth). */
export function nameProblem(value: unknown): string | null {
  const parsed = nameField.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "invalid");
}
/** A password being signed in with: any length up to the maximum, so old passwords still work. */
export const currentPasswordField = z.string("invalid").min(1, "required").max(PASSWORD_MAX_LENGTH, "passwordTooLong");

/** A password being chosen: every rule of the policy. */
export const newPasswordField = z.string("invalid").superRefine((value, ctx) => {
  if (value.length === 0) return void ctx.addIssue({ code: "custom", message: "required" });
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const uuidField = z.uuid("invalid");
