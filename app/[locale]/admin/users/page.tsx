import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/admin/invite-form";
import { UserList } from "@/components/admin/user-list";
import { listPendingInvitations, listUsers } from "@/lib/auth/admin/list-users";
import { listDiasporaOptions } from "@/lib/auth/admin/scope-options";
import { requirePermission } from "@/lib/auth/require-user";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Admin.users" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminUsersPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  await requirePermission(locale, "/admin/users", "manage:users");
  const [t, users, invitations, diasporas] = await Promise.all([
    getTranslations("Admin.users"),
    listUsers(),
    listPendingInvitations(),
    listDiasporaOptions(locale),
  ]);
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <section aria-labelledby="invite-heading" className="mt-8 rounded border border-stone-300 bg-white p-4">
        <h2 id="invite-heading" className="text-xl font-semibold">
          {t("inviteTitle")}
        </h2>
        <InviteForm diasporas={diasporas} />
      </section>
      <UserList users={users} invitations={invitations} diasporas={diasporas} />
    </>
  );
}
