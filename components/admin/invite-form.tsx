"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton } from "@/components/auth/form-controls";
import { inviteAction } from "@/lib/auth/actions/admin";
import type { DiasporaOption } from "@/lib/auth/admin/scope-options";
import { initialFormState } from "@/lib/actions/form-state";
import { RoleScopeFields } from "./role-scope-fields";

export function InviteForm({ diasporas }: { diasporas: DiasporaOption[] }) {
  const t = useTranslations("Admin.users");
  const locale = useLocale();
  const [state, action] = useActionState(inviteAction, initialFormState);
  return (
    <form action={action} noValidate aria-labelledby="invite-heading">
      <FormMessage state={state} />
      <Field state={state} name="email" type="email" label={t("email")} autoComplete="off" />
      <Field state={state} name="name" label={t("name")} autoComplete="off" required={false} />
      <RoleScopeFields state={state} diasporas={diasporas} idPrefix="invite" locale={locale} />
      <SubmitButton>{t("invite")}</SubmitButton>
    </form>
  );
}
