"use server";

import { redirect } from "@/lib/i18n/navigation";
import { requestIp } from "../current-user";
import { failure, fieldErrors, formValues, type FormState } from "../form-state";
import { acceptInvitation } from "../invitations/accept-invitation";
import { acceptInvitationSchema } from "../schemas";
import { actionLocale, errorState } from "./action-helpers";

// Creates the invitee's account with the password they chose, then asks them to sign in with it.
export async function acceptInvitationAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  const parsed = acceptInvitationSchema.safeParse(values);
  if (!parsed.success) return failure(values, { fieldErrors: fieldErrors(parsed.error) });
  let email: string;
  try {
    ({ email } = await acceptInvitation({
      token: parsed.data.token,
      name: parsed.data.name,
      password: parsed.data.password,
      ipAddress: await requestIp(),
    }));
  } catch (error) {
    return errorState(values, error);
  }
  redirect({
    href: { pathname: "/sign-in", query: { notice: "invitationAccepted", email } },
    locale: await actionLocale(),
  });
  return failure(values, {});
}
