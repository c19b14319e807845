"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { AuthForm } from "@/components/auth/auth-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { grantRoleAction, revokeRoleAction } from "@/lib/auth/actions/admin";
import type { DiasporaOption } from "@/lib/auth/admin/scope-options";
import { initialFormState } from "@/lib/actions/form-state";
import type { Role } from "@/lib/auth/permissions";
import { RoleScopeFields } from "./role-scope-fields";

export function GrantRoleForm({ userId, diasporas }: { userId: string; diasporas: DiasporaOption[] }) {
  const t = useTranslations("Admin.users");
  const locale = useLocale();
  const [state, action] = useActionState(grantRoleAction, initialFormState);
  return (
    <AuthForm state={state} action={action} scope={`grant-${userId}`}>
      <input type="hidden" name="userId" value={userId} />
      <RoleScopeFields state={state} diasporas={diasporas} idPrefix={`grant-${userId}`} locale={locale} />
      <SubmitButton>{t("save")}</SubmitButton>
    </AuthForm>
  );
}

export function RevokeRoleForm({ userId, role }: { userId: string; role: Role }) {
  const t = useTranslations("Admin.users");
  const tRoles = useTranslations("Auth.roles");
  const [state, action] = useActionState(revokeRoleAction, initialFormState);
  return (
    <AuthForm state={state} action={action} className="inline">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={role} />
      <button type="submit" className="text-sm text-red-800 underline hover:text-red-900">
        {t("remove", { role: tRoles(role) })}
      </button>
    </AuthForm>
  );
}
