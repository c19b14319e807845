import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { AuthPage } from "@/components/auth/auth-page";
import { findInvitation } from "@/lib/auth/invitations/find-invitation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Auth.invitation" });
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function InvitationPage({ params }: Props) {
  await resolvePageLocale(params);
  const token = decodeURIComponent((await params).token);
  const [t, invitation] = await Promise.all([getTranslations("Auth"), findInvitation(token)]);
  if (!invitation || invitation.status !== "open") {
    const reason = invitation?.status === "expired" || invitation?.status === "used" ? invitation.status : "invalid";
    return (
      <AuthPage title={t("invitation.title")}>
        <p role="alert" className="mt-4 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900">
          {t(`invitation.${reason}`)}
        </p>
        {reason === "used" && (
          <p className="mt-4">
            <Link href="/sign-in" className="text-blue-800 underline">
              {t("signIn.submit")}
            </Link>
          </p>
        )}
      </AuthPage>
    );
  }
  return (
    <AuthPage title={t("invitation.title")} intro={t("invitation.intro", { role: t(`roles.${invitation.role}`) })}>
      <AcceptInvitationForm token={token} email={invitation.email} name={invitation.name} />
    </AuthPage>
  );
}
