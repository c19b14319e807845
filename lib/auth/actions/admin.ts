"use server";

import { revalidatePath } from "next/cache";
import { sendMail } from "@/lib/mail/send-mail";
import { invitationMail } from "@/lib/mail/templates";
import { grantRole, revokeRole } from "../admin/change-roles";
import { assertCan } from "../assert-can";
import { getCurrentUser, requestIp } from "../current-user";
import { failure, fieldErrors, formValues, type FormState } from "../form-state";
import { createInvitation } from "../invitations/create-invitation";
import { authOrigins } from "../origins";
import { grantRoleSchema, inviteSchema, revokeRoleSchema } from "../schemas";
import { actionLocale, errorState } from "./action-helpers";

/** Checkboxes send "on" when ticked and nothing otherwise. */
const checkbox = (value: unknown) => value === "on" || value === "true";

// Invites someone by email to become a curator, moderator or admin with the chosen scope.
export async function inviteAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, ["diasporaIds"]);
  const parsed = inviteSchema.safeParse({ ...values, name: values.name || undefined, global: checkbox(values.global) });
  if (!parsed.success) return failure(values, { fieldErrors: fieldErrors(parsed.error) });
  try {
    const actor = await getCurrentUser();
    const ipAddress = await requestIp();
    await assertCan(actor, "manage:users", undefined, { ipAddress });
    // The invitee reads the mail in the language the admin is using; they can switch on the site.
    const locale = await actionLocale();
    const { email, name, ...scope } = parsed.data;
    const invitation = await createInvitation({ ...scope, email, name, locale, origin: authOrigins().baseURL, invitedBy: { id: actor!.userId, email: actor!.email }, ipAddress });
    await sendMail(await invitationMail({ to: email, locale, link: invitation.link, role: scope.role, expiresAt: invitation.expiresAt }));
    revalidatePath(`/${locale}/admin/users`);
    return { ok: true, values: {}, fieldErrors: {}, notice: "invitationSent" };
  } catch (error) {
    return errorState(values, error);
  }
}

// Gives a user a role, or changes the diasporas it covers.
export async function grantRoleAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, ["diasporaIds"]);
  const parsed = grantRoleSchema.safeParse({ ...values, global: checkbox(values.global) });
  if (!parsed.success) return failure(values, { fieldErrors: fieldErrors(parsed.error) });
  try {
    const actor = await getCurrentUser();
    const ipAddress = await requestIp();
    await assertCan(actor, "manage:users", undefined, { ipAddress });
    const { userId, ...scope } = parsed.data;
    await grantRole(userId, scope, { actor: actor!, ipAddress });
    revalidatePath(`/${await actionLocale()}/admin/users`);
    return { ok: true, values, fieldErrors: {}, notice: "roleSaved" };
  } catch (error) {
    return errorState(values, error);
  }
}

// Takes a role away from a user.
export async function revokeRoleAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  const parsed = revokeRoleSchema.safeParse(values);
  if (!parsed.success) return failure(values, { formError: "invalid" });
  try {
    const actor = await getCurrentUser();
    const ipAddress = await requestIp();
    await assertCan(actor, "manage:users", undefined, { ipAddress });
    await revokeRole(parsed.data.userId, parsed.data.role, { actor: actor!, ipAddress });
    revalidatePath(`/${await actionLocale()}/admin/users`);
    return { ok: true, values: {}, fieldErrors: {}, notice: "roleRemoved" };
  } catch (error) {
    return errorState(values, error);
  }
}
