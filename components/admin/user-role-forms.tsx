"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/auth/form-controls";
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
    <form action={action} noValidate>
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} />
      <RoleScopeFields state={state} diasporas={diasporas} idPrefix={`grant-${userId}`} locale={locale} />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

export function RevokeRoleForm({ userId, role }: { userId: string; role: Role }) {
  const t = useTranslations("Admin.users");
  const tRoles = useTranslations("Auth.roles");
  const [state, action] = useActionState(revokeRoleAction, initialFormState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={role} />
      <button type="submit" className="text-sm text-red-800 underline hover:text-red-900">
        {t("remove", { role: tRoles(role) })}
      </button>
      {state.formError && <FormMessage state={state} />}
    </form>
  );
}
