"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { AuthForm } from "@/components/auth/auth-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { revokeOtherSessionsAction } from "@/lib/auth/actions/sessions";
import { initialFormState } from "@/lib/actions/form-state";

/** Stays mounted when the last other session is gone, so its confirmation is still shown. */
export function RevokeOtherSessionsForm({ hasOthers }: { hasOthers: boolean }) {
  const t = useTranslations("Account.sessions");
  const [state, action] = useActionState(revokeOtherSessionsAction, initialFormState);
  return (
    <AuthForm state={state} action={action}>
      {hasOthers ? (
        <SubmitButton>{t("revokeOthers")}</SubmitButton>
      ) : (
        <p className="mt-4 text-stone-700">{t("onlyThis")}</p>
      )}
    </AuthForm>
  );
}
