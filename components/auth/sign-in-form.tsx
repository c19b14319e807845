"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/auth/actions/sign-in";
import { initialFormState } from "@/lib/actions/form-state";
import { Link } from "@/lib/i18n/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/fields";

export function SignInForm({ email, next }: { email?: string; next?: string }) {
  const t = useTranslations("Auth.signIn");
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <AuthForm state={state} action={action} className="mt-6">
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        state={state}
        name="email"
        type="email"
        label={t("email")}
        defaultValue={email}
        autoComplete="username"
        required
        narrow
      />
      <TextField
        state={state}
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        narrow
      />
      <SubmitButton>{t("submit")}</SubmitButton>
      <p className="mt-6">
        <Link href="/forgot-password" className="text-blue-800 underline">
          {t("forgot")}
        </Link>
      </p>
    </AuthForm>
  );
}
