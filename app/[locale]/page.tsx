import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HomeEvents } from "@/components/home/home-events";
import { HomeOverview } from "@/components/home/home-overview";
import { getOverview, listEvents, listHostCountries } from "@/lib/cache/public-reads";
import { todayIso } from "@/lib/events/event-period";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Meta" });
  return pageMetadata({ locale, pathname: "/", description: t("description") });
}

export default async function HomePage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const today = todayIso();
  const [t, overview, countries, upcoming, recent] = await Promise.all([
    getTranslations("Home"),
    getOverview(locale),
    listHostCountries(locale),
    listEvents({ locale, when: "upcoming", today, page: 1, pageSize: 5 }),
    listEvents({ locale, when: "past", today, page: 1, pageSize: 5 }),
  ]);
  return (
    <>
      <h1 className="text-title font-semibold leading-tight">{t("heading")}</h1>
      <p className="mt-4 max-w-3xl text-lg text-stone-700">{t("intro")}</p>
      <HomeOverview overview={overview} countries={countries} locale={locale} />
      <HomeEvents upcoming={upcoming.items} recent={recent.items} locale={locale} />
    </>
  );
}
