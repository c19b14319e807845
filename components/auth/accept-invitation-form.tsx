"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/lib/auth/actions/invitation";
import { initialFormState } from "@/lib/actions/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { Field, FormMessage, SubmitButton } from "./form-controls";

export function AcceptInvitationForm({ token, email, name }: { token: string; email: string; name: string | null }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(acceptInvitationAction, initialFormState);
  return (
    <form action={action} noValidate className="mt-6">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      {/* The invitation decides the address; it is shown, and sent so the password can be checked against it. */}
      <Field
        state={state}
        name="email"
        type="email"
        label={t("invitation.email")}
        defaultValue={email}
        autoComplete="username"
        readOnly
      />
      <Field state={state} name="name" label={t("invitation.name")} defaultValue={name ?? ""} autoComplete="name" />
      <Field
        state={state}
        name="password"
        type="password"
        label={t("invitation.password")}
        autoComplete="new-password"
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
      />
      <Field
        state={state}
        name="confirmPassword"
        type="password"
        label={t("invitation.confirmPassword")}
        autoComplete="new-password"
      />
      <SubmitButton>{t("invitation.submit")}</SubmitButton>
    </form>
  );
}
