"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/auth/actions/password-reset";
import { initialFormState } from "@/lib/actions/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { Field, FormMessage, SubmitButton } from "./form-controls";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={action} noValidate className="mt-6">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <Field
        state={state}
        name="password"
        type="password"
        label={t("reset.password")}
        autoComplete="new-password"
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
      />
      <Field
        state={state}
        name="confirmPassword"
        type="password"
        label={t("reset.confirmPassword")}
        autoComplete="new-password"
      />
      <SubmitButton>{t("reset.submit")}</SubmitButton>
    </form>
  );
}
