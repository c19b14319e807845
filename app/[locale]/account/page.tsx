import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleList } from "@/components/account/role-list";
import { MailSettingsForm } from "@/components/notifications/mail-settings-form";
import { SessionList } from "@/components/account/session-list";
import { listDiasporaOptions } from "@/lib/auth/admin/scope-options";
import { requireUser } from "@/lib/auth/require-user";
import { listMySessions } from "@/lib/auth/sessions";
import { readMailSettings } from "@/lib/notifications/settings";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const user = await requireUser(locale, "/account");
  const [t, sessions, diasporas, mail] = await Promise.all([
    getTranslations("Account"),
    listMySessions(user.sessionId),
    listDiasporaOptions(locale),
    readMailSettings(user.userId),
  ]);
  const moderator = user.grants.some((g) => g.role === "MODERATOR" || g.role === "ADMIN");
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("signedInAs", { name: user.name, email: user.email })}</p>
      <section aria-labelledby="roles-heading" className="mt-8">
        <h2 id="roles-heading" className="text-xl font-semibold">
          {t("rolesTitle")}
        </h2>
        <RoleList grants={user.grants} diasporas={diasporas} />
      </section>
      {mail && (
        <section id="mail" aria-labelledby="mail-heading" className="mt-10 scroll-mt-20">
          <h2 id="mail-heading" className="text-xl font-semibold">
            {t("mailTitle")}
          </h2>
          <MailSettingsForm
            moderationMail={mail.moderationMail}
            decisionMail={mail.decisionMail}
            moderator={moderator}
          />
        </section>
      )}
      <SessionList sessions={sessions} />
      <section aria-labelledby="password-heading" className="mt-10">
        <h2 id="password-heading" className="text-xl font-semibold">
          {t("passwordTitle")}
        </h2>
        <p className="mt-2 text-stone-700">{t("passwordHint")}</p>
      </section>
    </>
  );
}
