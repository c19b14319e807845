"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/auth/form-controls";
import { revokeOtherSessionsAction } from "@/lib/auth/actions/sessions";
import { initialFormState } from "@/lib/auth/form-state";

export function RevokeOtherSessionsForm() {
  const t = useTranslations("Account.sessions");
  const [state, action] = useActionState(revokeOtherSessionsAction, initialFormState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <SubmitButton>{t("revokeOthers")}</SubmitButton>
    </form>
  );
}
