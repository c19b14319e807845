import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Auth.reset" });
  // The token is in the address: never send it on in a Referer header.
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: Props) {
  await resolvePageLocale(params);
  const { token } = await params;
  const t = await getTranslations("Auth.reset");
  return (
    <AuthPage title={t("title")}>
      <ResetPasswordForm token={decodeURIComponent(token)} />
    </AuthPage>
  );
}
