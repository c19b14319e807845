import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNextPath } from "@/lib/auth/actions/action-helpers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { landingPath } from "@/lib/auth/landing";
import { emailField } from "@/lib/auth/validation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { redirect } from "@/lib/i18n/navigation";
import { firstValue, type SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const NOTICES = ["passwordReset", "invitationAccepted"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Auth.signIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const query = await searchParams;
  const next = safeNextPath(firstValue(query.next)) ?? undefined;
  const user = await getCurrentUser();
  if (user) redirect({ href: next ?? landingPath(user), locale });
  const t = await getTranslations("Auth");
  // Unknown notices and malformed addresses in the query are ignored.
  const notice = NOTICES.find((n) => n === firstValue(query.notice));
  const email = emailField.safeParse(firstValue(query.email) ?? "").data;
  return (
    <AuthPage title={t("signIn.title")} intro={t("signIn.intro")}>
      {notice && (
        <p role="status" className="mt-4 rounded border border-green-800/40 bg-green-50 px-3 py-2 text-green-950">
          {t(`notices.${notice}`)}
        </p>
      )}
      <SignInForm email={email} next={next} />
    </AuthPage>
  );
}
