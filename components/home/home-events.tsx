import { getTranslations } from "next-intl/server";
import { EventItems } from "@/components/events/event-list";
import type { EventSummary } from "@/lib/events/types";
import { Link } from "@/lib/i18n/navigation";

type Props = { upcoming: EventSummary[]; recent: EventSummary[]; locale: string };

/** The next events; when none are known, the most recent ones, saying so. */
export async function HomeEvents({ upcoming, recent, locale }: Props) {
  const t = await getTranslations("Home");
  const showing = upcoming.length ? upcoming : recent;
  return (
    <section className="mt-10" aria-labelledby="home-events-heading">
      <h2 id="home-events-heading" className="text-xl font-semibold">
        {upcoming.length ? t("upcomingHeading") : t("recentHeading")}
      </h2>
      {upcoming.length ? null : <p className="mt-2 text-stone-700">{t("noUpcoming")}</p>}
      {showing.length ? <EventItems items={showing} locale={locale} /> : null}
      <Link href="/events" className="mt-4 inline-block text-blue-800 underline">
        {t("allEvents")}
      </Link>
    </section>
  );
}
