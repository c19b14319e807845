"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/lib/auth/actions/password-reset";
import { initialFormState } from "@/lib/actions/form-state";
import { AuthForm } from "@/components/auth/auth-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/fields";

export function ForgotPasswordForm() {
  const t = useTranslations("Auth.forgot");
  const [state, action] = useActionState(requestPasswordResetAction, initialFormState);
  return (
    <AuthForm state={state} action={action} className="mt-6">
      <TextField state={state} name="email" type="email" label={t("email")} autoComplete="email" required narrow />
      <SubmitButton>{t("submit")}</SubmitButton>
    </AuthForm>
  );
}
