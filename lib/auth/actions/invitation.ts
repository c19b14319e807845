"use server";

import { defineAction } from "@/lib/actions/define-action";
import { failure } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { redirect } from "@/lib/i18n/navigation";
import { requestIp } from "../current-user";
import { acceptInvitation } from "../invitations/accept-invitation";
import { acceptInvitationSchema } from "../schemas";
import { authForm } from "./action-helpers";

// Creates the invitee's account with the password they chose, then asks them to sign in with it.
export const acceptInvitationAction = defineAction({
  ...authForm(),
  schema: acceptInvitationSchema,
  run: async (parsed, values) => {
    const { email } = await acceptInvitation({
      token: parsed.token,
      name: parsed.name,
      password: parsed.password,
      ipAddress: await requestIp(),
    });
    redirect({
      href: { pathname: "/sign-in", query: { notice: "invitationAccepted", email } },
      locale: await actionLocale(),
    });
    return failure(values, {});
  },
});
