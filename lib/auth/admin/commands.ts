import "server-only";
import { assertCan } from "../assert-can";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { createInvitation, type CreatedInvitation } from "../invitations/create-invitation";
import type { Actor } from "../permissions";
import { grantRoleSchema, inviteSchema, revokeRoleSchema } from "../schemas";
import { grantRole, revokeRole } from "./change-roles";

// The admin's commands, called by the server actions in lib/auth/actions/admin.ts and by the authorization tests.
// Each validates its input, then checks the permission itself; a refusal is audited and thrown as Forbidden,
// a clash (an existing account, the last admin) as Conflict.

type Values = Record<string, string | string[]>;
export type AdminContext = { ipAddress?: string | null };
export type CommandResult<T = undefined> =
  { ok: true; value: T } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

/** Checkboxes send "on" when ticked and nothing otherwise. */
const checkbox = (value: unknown) => value === "on" || value === "true";

/** Invites someone by email to become a curator, moderator or admin with the chosen scope. */
export async function inviteUser(
  actor: Actor | null,
  values: Values,
  context: AdminContext & { locale: string; origin: string },
): Promise<CommandResult<CreatedInvitation & { email: string; role: string }>> {
  const parsed = inviteSchema.safeParse({ ...values, name: values.name || undefined, global: checkbox(values.global) });
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  await assertCan(actor, "manage:users", undefined, context);
  const { email, name, ...scope } = parsed.data;
  const invitation = await createInvitation({
    ...scope,
    email,
    name,
    locale: context.locale,
    origin: context.origin,
    invitedBy: { id: actor!.userId, email: actor!.email },
    ipAddress: context.ipAddress,
  });
  return { ok: true, value: { ...invitation, email, role: scope.role } };
}

/** Gives a user a role, or changes the diasporas it covers. */
export async function grantRoleCommand(
  actor: Actor | null,
  values: Values,
  context: AdminContext,
): Promise<CommandResult> {
  const parsed = grantRoleSchema.safeParse({ ...values, global: checkbox(values.global) });
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  await assertCan(actor, "manage:users", undefined, context);
  const { userId, ...scope } = parsed.data;
  await grantRole(userId, scope, { actor: actor!, ipAddress: context.ipAddress ?? null });
  return { ok: true, value: undefined };
}

/** Takes a role away from a user. */
export async function revokeRoleCommand(
  actor: Actor | null,
  values: Values,
  context: AdminContext,
): Promise<CommandResult> {
  const parsed = revokeRoleSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "invalid" };
  await assertCan(actor, "manage:users", undefined, context);
  await revokeRole(parsed.data.userId, parsed.data.role, { actor: actor!, ipAddress: context.ipAddress ?? null });
  return { ok: true, value: undefined };
}
