import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Auth.forgot" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  await resolvePageLocale(params);
  const t = await getTranslations("Auth.forgot");
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <ForgotPasswordForm />
      <p className="mt-6">
        <Link href="/sign-in" className="text-blue-800 underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </AuthPage>
  );
}
