"use client";

import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/forms/fields";
import { describedBy, fieldId } from "@/components/forms/values";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { DiasporaOption } from "@/lib/auth/admin/scope-options";
import type { FormState } from "@/lib/actions/form-state";
import { ROLES } from "@/lib/auth/permissions";

type Props = { state: FormState; diasporas: DiasporaOption[]; idPrefix: string; locale: string };

/** Role, "all diasporas" and the diasporas a role covers; keeps what was chosen after a failed submit. */
export function RoleScopeFields({ state, diasporas, idPrefix, locale }: Props) {
  const t = useTranslations("Admin.users");
  const tRoles = useTranslations("Auth.roles");
  const chosen = new Set([state.values.diasporaIds ?? []].flat());
  const role = typeof state.values.role === "string" ? state.values.role : "CURATOR";
  const scopeErrors = state.fieldErrors.diasporaIds ?? [];
  const key = JSON.stringify(state.values);
  return (
    <>
      <div className="mt-4">
        <label htmlFor={fieldId("role", idPrefix)} className="block font-medium">
          {t("role")}
        </label>
        <select
          key={key}
          id={fieldId("role", idPrefix)}
          name="role"
          defaultValue={role}
          className="mt-1 rounded border border-stone-500 bg-white px-3 py-2"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tRoles(r)}
            </option>
          ))}
        </select>
      </div>
      <fieldset
        id={fieldId("diasporaIds", idPrefix)}
        className="mt-4"
        aria-describedby={describedBy(fieldId("diasporaIds", idPrefix), true, scopeErrors.length > 0)}
      >
        <legend className="font-medium">{t("diasporas")}</legend>
        <p id={`${fieldId("diasporaIds", idPrefix)}-hint`} className="mt-1 text-sm text-stone-700">
          {t("scopeHint")}
        </p>
        <label className="mt-2 flex items-center gap-2">
          <input
            key={key}
            type="checkbox"
            name="global"
            defaultChecked={state.values.global === "on"}
            className="size-4"
          />
          {t("global")}
        </label>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {diasporas.map((d) => (
            <li key={d.id}>
              <label className="flex items-center gap-2">
                <input
                  key={key}
                  type="checkbox"
                  name="diasporaIds"
                  value={d.id}
                  defaultChecked={chosen.has(d.id)}
                  className="size-4"
                />
                <LocalizedTextView text={d.name} pageLocale={locale} fallback={d.slug} />
              </label>
            </li>
          ))}
        </ul>
        <FieldErrors state={state} name="diasporaIds" scope={idPrefix} />
      </fieldset>
    </>
  );
}
