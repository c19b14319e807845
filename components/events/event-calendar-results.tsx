import { ActiveFilters, filteredHeading, type ActiveFilter } from "@/components/ui/active-filters";
import { getTranslations } from "next-intl/server";
import type { CalendarMonthData } from "@/lib/events/calendar-month";
import { shiftMonth } from "@/lib/events/event-period";
import { eventsQuery, type EventFilters } from "@/lib/events/filters";
import { formatMonth } from "@/lib/events/format-event-date";
import { Link } from "@/lib/i18n/navigation";
import { EventCalendar } from "./event-calendar";

type Props = {
  data: CalendarMonthData;
  month: string;
  today: string;
  locale: string;
  filters: EventFilters;
  ignoredNote: React.ReactNode;
  /** The filters in effect, said before the count and as removable chips. */
  active: readonly ActiveFilter[];
};

/** The calendar view: the month's name, links to the neighbouring months, the count and the month itself. */
export async function EventCalendarResults({ data, month, today, locale, filters, ignoredNote, active }: Props) {
  const t = await getTranslations("Events");
  return (
    <>
      <h2 id="results-heading" className="text-2xl font-semibold">
        {formatMonth(month, locale)}
      </h2>
      <CalendarMonthNav month={month} current={today.slice(0, 7)} locale={locale} filters={filters} />
      <p className="mt-2 text-stone-700" aria-live="polite">
        {await filteredHeading(active, t("monthTotal", { count: data.items.length }))}
      </p>
      <ActiveFilters filters={active} />
      {ignoredNote}
      <EventCalendar data={data} month={month} today={today} locale={locale} filters={filters} />
    </>
  );
}

/** Previous, current and next month, keeping the filters. */
async function CalendarMonthNav({
  month,
  current,
  locale,
  filters,
}: {
  month: string;
  current: string;
  locale: string;
  filters: EventFilters;
}) {
  const t = await getTranslations("Events.calendar");
  const href = (m: string) => ({
    pathname: "/events" as const,
    query: eventsQuery(filters, { view: "calendar", month: m }),
  });
  const [previous, next] = [shiftMonth(month, -1), shiftMonth(month, 1)];
  return (
    <nav aria-label={t("months")} className="mt-2 flex flex-wrap items-center justify-between gap-2">
      <Link href={href(previous)} rel="prev" className="text-blue-800 underline">
        <span aria-hidden="true">← </span>
        <span className="sr-only">{t("previous")}: </span>
        {formatMonth(previous, locale)}
      </Link>
      {month !== current ? (
        <Link href={href(current)} className="text-blue-800 underline">
          {t("current")}
        </Link>
      ) : null}
      <Link href={href(next)} rel="next" className="text-blue-800 underline">
        <span className="sr-only">{t("next")}: </span>
        {formatMonth(next, locale)}
        <span aria-hidden="true"> →</span>
      </Link>
    </nav>
  );
}
