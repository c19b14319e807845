"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { failure } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { sendMail } from "@/lib/mail/send-mail";
import { invitationMail } from "@/lib/mail/templates";
import { grantRoleCommand, inviteUser, revokeRoleCommand } from "../admin/commands";
import { getCurrentUser, requestIp } from "../current-user";
import { authOrigins } from "../origins";
import { authForm } from "./action-helpers";

// Invites someone by email to become a curator, moderator or admin with the chosen scope.
export const inviteAction = defineAction({
  ...authForm(["diasporaIds"]),
  run: async (values) => {
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
  },
});

// Gives a user a role, or changes the diasporas it covers.
export const grantRoleAction = defineAction({
  ...authForm(["diasporaIds"]),
  run: async (values) => {
    const result = await grantRoleCommand(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (!result.ok) return failure(values, result);
    revalidatePath(`/${await actionLocale()}/admin/users`);
    return { ok: true, values, fieldErrors: {}, notice: "roleSaved" };
  },
});

// Takes a role away from a user.
export const revokeRoleAction = defineAction({
  ...authForm(),
  run: async (values) => {
    const result = await revokeRoleCommand(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (!result.ok) return failure(values, result);
    revalidatePath(`/${await actionLocale()}/admin/users`);
    return { ok: true, values: {}, fieldErrors: {}, notice: "roleRemoved" };
  },
});
