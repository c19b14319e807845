"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/auth/actions/password-reset";
import { initialFormState } from "@/lib/actions/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { AuthForm } from "@/components/auth/auth-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <AuthForm state={state} action={action} className="mt-6">
      <input type="hidden" name="token" value={token} />
      <TextField
        state={state}
        name="password"
        type="password"
        label={t("reset.password")}
        autoComplete="new-password"
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        required
        narrow
      />
      <TextField
        state={state}
        name="confirmPassword"
        type="password"
        label={t("reset.confirmPassword")}
        autoComplete="new-password"
        required
        narrow
      />
      <SubmitButton>{t("reset.submit")}</SubmitButton>
    </AuthForm>
  );
}
