"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { AuthForm } from "@/components/auth/auth-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/fields";
import { inviteAction } from "@/lib/auth/actions/admin";
import type { DiasporaOption } from "@/lib/auth/admin/scope-options";
import { initialFormState } from "@/lib/actions/form-state";
import { RoleScopeFields } from "./role-scope-fields";

export function InviteForm({ diasporas }: { diasporas: DiasporaOption[] }) {
  const t = useTranslations("Admin.users");
  const locale = useLocale();
  const [state, action] = useActionState(inviteAction, initialFormState);
  return (
    <AuthForm state={state} action={action} scope="invite" aria-labelledby="invite-heading">
      <TextField
        scope="invite"
        state={state}
        name="email"
        type="email"
        label={t("email")}
        autoComplete="off"
        required
        narrow
      />
      <TextField scope="invite" state={state} name="name" label={t("name")} autoComplete="off" narrow />
      <RoleScopeFields state={state} diasporas={diasporas} idPrefix="invite" locale={locale} />
      <SubmitButton>{t("invite")}</SubmitButton>
    </AuthForm>
  );
}
