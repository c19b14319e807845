import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AboutPage } from "@/components/about/about-page";
import { getMainSource } from "@/lib/cache/public-reads";
import { todayIso } from "@/lib/events/event-period";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";
import { env } from "@/lib/env";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "About" });
  return pageMetadata({ locale, pathname: "/about", title: t("title"), description: t("description") });
}

export default async function About({ params }: Props) {
  const locale = await resolvePageLocale(params);
  return (
    <AboutPage
      locale={locale}
      mainSource={await getMainSource()}
      contactEmail={env.CONTACT_EMAIL ?? null}
      today={todayIso()}
    />
  );
}
