import { getTranslations } from "next-intl/server";
import type { DiasporaOption } from "@/lib/auth/admin/scope-options";
import type { RoleGrant } from "@/lib/auth/permissions";
import { isGlobal } from "@/lib/auth/permissions";

/** Roles with the diasporas they cover, in the page's language. */
export async function RoleList({ grants, diasporas }: { grants: readonly RoleGrant[]; diasporas: DiasporaOption[] }) {
  const [tAuth, t] = await Promise.all([getTranslations("Auth.roles"), getTranslations("Account")]);
  if (grants.length === 0) return <p className="mt-2 text-stone-700">{t("noRoles")}</p>;
  const names = new Map(diasporas.map((d) => [d.id, d.name?.value ?? d.slug]));
  return (
    <ul className="mt-2 list-disc pl-6">
      {grants.map((g) => (
        <li key={g.role}>
          <span className="font-medium">{tAuth(g.role)}</span>
          {" — "}
          {isGlobal(g)
            ? t("scopeGlobal")
            : t("scopeDiasporas", { list: g.diasporaIds.map((id) => names.get(id) ?? id).join(", ") })}
        </li>
      ))}
    </ul>
  );
}
