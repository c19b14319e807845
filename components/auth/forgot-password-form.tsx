"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/lib/auth/actions/password-reset";
import { initialFormState } from "@/lib/actions/form-state";
import { Field, FormMessage, SubmitButton } from "./form-controls";

export function ForgotPasswordForm() {
  const t = useTranslations("Auth.forgot");
  const [state, action] = useActionState(requestPasswordResetAction, initialFormState);
  return (
    <form action={action} noValidate className="mt-6">
      <FormMessage state={state} />
      <Field state={state} name="email" type="email" label={t("email")} autoComplete="email" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
