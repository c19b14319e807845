"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/lib/auth/actions/invitation";
import { initialFormState } from "@/lib/actions/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { AuthForm } from "@/components/auth/auth-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/fields";

export function AcceptInvitationForm({ token, email, name }: { token: string; email: string; name: string | null }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(acceptInvitationAction, initialFormState);
  return (
    <AuthForm state={state} action={action} className="mt-6">
      <input type="hidden" name="token" value={token} />
      {/* The invitation decides the address; it is shown, and sent so the password can be checked against it. */}
      <TextField
        state={state}
        name="email"
        type="email"
        label={t("invitation.email")}
        defaultValue={email}
        autoComplete="username"
        readOnly
        required
        narrow
      />
      <TextField
        state={state}
        name="name"
        label={t("invitation.name")}
        defaultValue={name ?? ""}
        autoComplete="name"
        required
        narrow
      />
      <TextField
        state={state}
        name="password"
        type="password"
        label={t("invitation.password")}
        autoComplete="new-password"
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        required
        narrow
      />
      <TextField
        state={state}
        name="confirmPassword"
        type="password"
        label={t("invitation.confirmPassword")}
        autoComplete="new-password"
        required
        narrow
      />
      <SubmitButton>{t("invitation.submit")}</SubmitButton>
    </AuthForm>
  );
}
