"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/auth/actions/sign-in";
import { initialFormState } from "@/lib/actions/form-state";
import { Link } from "@/lib/i18n/navigation";
import { Field, FormMessage, SubmitButton } from "./form-controls";

export function SignInForm({ email, next }: { email?: string; next?: string }) {
  const t = useTranslations("Auth.signIn");
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} noValidate className="mt-6">
      {next && <input type="hidden" name="next" value={next} />}
      <FormMessage state={state} />
      <Field state={state} name="email" type="email" label={t("email")} defaultValue={email} autoComplete="username" />
      <Field state={state} name="password" type="password" label={t("password")} autoComplete="current-password" />
      <SubmitButton>{t("submit")}</SubmitButton>
      <p className="mt-6">
        <Link href="/forgot-password" className="text-blue-800 underline">
          {t("forgot")}
        </Link>
      </p>
    </form>
  );
}
