import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProposalPage } from "@/components/proposals/proposal-page";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Propose" });
  return pageMetadata({ locale, pathname: "/organizations/propose", title: t("organizationTitle") });
}

// A visitor proposes a new organization without an account; it waits for a moderator (lib/proposals).
export default async function ProposeOrganizationPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  return <ProposalPage entityType="organization" locale={locale} />;
}
