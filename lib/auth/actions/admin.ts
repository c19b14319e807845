"use server";

import { revalidatePath } from "next/cache";
import { sendMail } from "@/lib/mail/send-mail";
import { invitationMail } from "@/lib/mail/templates";
import { grantRoleCommand, inviteUser, revokeRoleCommand } from "../admin/commands";
import { getCurrentUser, requestIp } from "../current-user";
import { failure, formValues, type FormState } from "../form-state";
import { authOrigins } from "../origins";
import { actionLocale, errorState } from "./action-helpers";

// Invites someone by email to become a curator, moderator or admin with the chosen scope.
export async function inviteAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, ["diasporaIds"]);
  try {
    // The invitee reads the mail in the language the admin is using; they can switch on the site.
    const locale = await actionLocale();
    const result = await inviteUser(await getCurrentUser(), values, {
      ipAddress: await requestIp(),
      locale,
      origin: authOrigins().baseURL,
    });
    if (!result.ok) return failure(values, result);
    const { email, link, role, expiresAt } = result.value;
    await sendMail(await invitationMail({ to: email, locale, link, role, expiresAt }));
    revalidatePath(`/${locale}/admin/users`);
    return { ok: true, values: {}, fieldErrors: {}, notice: "invitationSent" };
  } catch (error) {
    return errorState(values, error);
  }
}

// Gives a user a role, or changes the diasporas it covers.
export async function grantRoleAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, ["diasporaIds"]);
  try {
    const result = await grantRoleCommand(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (!result.ok) return failure(values, result);
    revalidatePath(`/${await actionLocale()}/admin/users`);
    return { ok: true, values, fieldErrors: {}, notice: "roleSaved" };
  } catch (error) {
    return errorState(values, error);
  }
}

// Takes a role away from a user.
export async function revokeRoleAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  try {
    const result = await revokeRoleCommand(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (!result.ok) return failure(values, result);
    revalidatePath(`/${await actionLocale()}/admin/users`);
    return { ok: true, values: {}, fieldErrors: {}, notice: "roleRemoved" };
  } catch (error) {
    return errorState(values, error);
  }
}
