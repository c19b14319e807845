// One schema per form, shared by the form component and its server action.
import { z } from "zod";
import { ROLES } from "./permissions";
import {
  currentPasswordField,
  emailField,
  nameField,
  newPasswordField,
  passwordProblem,
  uuidField,
} from "./validation";

export const signInSchema = z.object({ email: emailField, password: currentPasswordField });

export const requestPasswordResetSchema = z.object({ email: emailField });

const choosePassword = z
  .object({ password: newPasswordField, confirmPassword: z.string("invalid") })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "passwordMismatch" });

export const resetPasswordSchema = choosePassword.safeExtend({ token: z.string("invalid").min(1, "invalid") });

/** The invitee confirms their name and chooses a password (the email comes from the invitation). */
export const acceptInvitationSchema = z
  .object({
    token: z.string("invalid").min(1, "invalid"),
    email: emailField,
    name: nameField,
    password: newPasswordField,
    confirmPassword: z.string("invalid"),
  })
  .superRefine((v, ctx) => {
    if (passwordProblem(v.password, v.email) === "passwordLikeEmail")
      ctx.addIssue({ code: "custom", path: ["password"], message: "passwordLikeEmail" });
    if (v.password !== v.confirmPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "passwordMismatch" });
  });

const roleField = z.enum(ROLES, "invalid");
/** Checkbox lists arrive as repeated form fields. */
const diasporaList = z.array(uuidField).max(50, "invalid").default([]);

const roleScopeFields = { role: roleField, global: z.boolean().default(false), diasporaIds: diasporaList };
type RawScope = { role: (typeof ROLES)[number]; global: boolean; diasporaIds: string[] };

/** Admins are global; curators never are; moderators are when asked. Curators and scoped moderators need diasporas. */
function normalizeScope<T extends RawScope>(v: T, ctx: z.RefinementCtx): T {
  const global = v.role === "ADMIN" || (v.role === "MODERATOR" && v.global);
  const diasporaIds = v.role === "ADMIN" ? [] : [...new Set(v.diasporaIds)];
  if (!global && diasporaIds.length === 0)
    ctx.addIssue({ code: "custom", path: ["diasporaIds"], message: "scopeRequired" });
  return { ...v, global, diasporaIds };
}

export const inviteSchema = z
  .object({ email: emailField, name: nameField.optional(), ...roleScopeFields })
  .transform(normalizeScope);
export const grantRoleSchema = z.object({ userId: uuidField, ...roleScopeFields }).transform(normalizeScope);
export const revokeRoleSchema = z.object({ userId: uuidField, role: roleField });

export type RoleScope = RawScope;
export type SignInInput = z.infer<typeof signInSchema>;
export type InviteInput = z.infer<typeof inviteSchema>;
