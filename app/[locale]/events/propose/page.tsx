import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProposalPage } from "@/components/proposals/proposal-page";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Propose" });
  return pageMetadata({ locale, pathname: "/events/propose", title: t("eventTitle") });
}

// A visitor proposes a new event without an account; it waits for a moderator (lib/proposals).
export default async function ProposeEventPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  return <ProposalPage entityType="event" locale={locale} />;
}
