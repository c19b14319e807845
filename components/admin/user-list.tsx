import { getFormatter, getTranslations } from "next-intl/server";
import { isGlobal } from "@/lib/auth/permissions";
import type { DiasporaOption } from "@/lib/auth/admin/scope-options";
import type { PendingInvitationView, UserView } from "@/lib/auth/admin/list-users";
import { GrantRoleForm, RevokeRoleForm } from "./user-role-forms";

type Props = { users: UserView[]; invitations: PendingInvitationView[]; diasporas: DiasporaOption[] };

/** Accounts with their roles (each removable) and a form to give or change one; then the open invitations. */
export async function UserList({ users, invitations, diasporas }: Props) {
  const [t, tRoles, tAccount, format] = await Promise.all([
    getTranslations("Admin.users"),
    getTranslations("Auth.roles"),
    getTranslations("Account"),
    getFormatter(),
  ]);
  const names = new Map(diasporas.map((d) => [d.id, d.name?.value ?? d.slug]));
  const scope = (g: { role: UserView["roles"][number]["role"]; global: boolean; diasporaIds: string[] }) =>
    isGlobal(g)
      ? tAccount("scopeGlobal")
      : tAccount("scopeDiasporas", { list: g.diasporaIds.map((id) => names.get(id) ?? id).join(", ") });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <section aria-labelledby="users-heading" className="mt-10">
        <h2 id="users-heading" className="text-xl font-semibold">
          {t("listTitle")}{" "}
          <span className="text-base font-normal text-stone-700">({t("count", { count: users.length })})</span>
        </h2>
        <ul className="mt-4 space-y-4">
          {users.map((u) => (
            <li key={u.id} className="rounded border border-stone-300 bg-white p-4">
              <h3 className="font-semibold">
                <bdi>{u.name}</bdi> <bdi className="font-normal text-stone-700">&lt;{u.email}&gt;</bdi>
              </h3>
              <p className="text-sm text-stone-700">
                {u.lastSignInAt ? t("lastSignIn", { date: date(u.lastSignInAt) }) : t("never")}
              </p>
              {u.roles.length === 0 ? (
                <p className="mt-2">{t("noRoles")}</p>
              ) : (
                <ul className="mt-2 space-y-1">
                  {u.roles.map((r) => (
                    <li key={r.role}>
                      <span className="font-medium">{tRoles(r.role)}</span> — {scope(r)}{" "}
                      <RevokeRoleForm userId={u.id} role={r.role} />
                    </li>
                  ))}
                </ul>
              )}
              <details className="mt-3">
                <summary className="cursor-pointer text-blue-800 underline">{t("editRole")}</summary>
                <GrantRoleForm userId={u.id} diasporas={diasporas} />
              </details>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pending-heading" className="mt-10">
        <h2 id="pending-heading" className="text-xl font-semibold">
          {t("pendingTitle")}
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("pendingNone")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {invitations.map((i) => (
              <li key={i.id}>
                {i.email} — {tRoles(i.role)}, {scope(i)} ({t("expires", { date: date(i.expiresAt) })})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
