import { getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { firstDayOfWeek, layoutCalendarMonth } from "@/lib/events/calendar-layout";
import type { CalendarMonthData } from "@/lib/events/calendar-month";
import { parseIso } from "@/lib/events/event-period";
import { eventsQuery, type EventFilters } from "@/lib/events/filters";
import { formatMonth } from "@/lib/events/format-event-date";
import { Link } from "@/lib/i18n/navigation";
import { CalendarAgenda } from "./calendar-agenda";
import { EventItems } from "./event-list";

type Props = { data: CalendarMonthData; month: string; today: string; locale: string; filters: EventFilters };

/**
 * A month as a table (weekday columns, one row per week), today marked. Events known only to the month or
 * year are listed under the table instead of being pinned to the first day.
 */
export async function EventCalendar({ data, month, today, locale, filters }: Props) {
  const t = await getTranslations("Events");
  const firstDay = firstDayOfWeek(locale);
  const { weeks, monthOnly, yearOnly } = layoutCalendarMonth(month, data.items, firstDay);
  const weekday = (style: "short" | "long", index: number) =>
    new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" }).format(
      parseIso(`2024-01-0${((firstDay - 1 + index) % 7) + 1}`),
    );
  const monthLink = (m: string) => ({
    pathname: "/events" as const,
    query: eventsQuery(filters, { view: "calendar", month: m }),
  });
  const monthName = formatMonth(month, locale);
  return (
    <>
      <CalendarAgenda
        days={weeks.flat().flatMap((cell) => (cell?.events.length ? [cell] : []))}
        label={t("calendar.agenda", { month: monthName })}
        today={today}
        todayLabel={t("calendar.today")}
        locale={locale}
      />
      {/* From 640 px; scrolls sideways where it must, focusable so that keyboard users can scroll it too. */}
      <div
        className="mt-4 hidden relative overflow-x-auto sm:block"
        role="region"
        aria-label={t("calendar.grid", { month: monthName })}
        tabIndex={0}
      >
        <table className="w-full min-w-[36rem] table-fixed border-collapse bg-white text-sm">
          <caption className="sr-only">{monthName}</caption>
          <thead>
            <tr>
              {Array.from({ length: 7 }, (_, i) => (
                <th
                  key={i}
                  scope="col"
                  className="border border-stone-300 bg-stone-100 px-1 py-2 font-medium text-stone-800"
                >
                  <abbr title={weekday("long", i)} className="no-underline">
                    {weekday("short", i)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((cell, d) =>
                  cell ? (
                    <td
                      key={cell.date}
                      aria-current={cell.date === today ? "date" : undefined}
                      className="h-24 border border-stone-300 p-1 align-top aria-[current]:bg-amber-50 aria-[current]:outline aria-[current]:outline-2 aria-[current]:-outline-offset-2 aria-[current]:outline-amber-700"
                    >
                      <span className="block font-medium text-stone-800">
                        {Number(cell.date.slice(8))}
                        {cell.date === today ? (
                          <span className="ml-1 text-xs font-normal text-amber-900">{t("calendar.today")}</span>
                        ) : null}
                      </span>
                      {cell.events.length ? (
                        <ul className="mt-1 space-y-1">
                          {cell.events.map((event) => (
                            <li key={event.slug}>
                              <Link
                                href={`/events/${event.slug}`}
                                className="block break-words text-xs leading-snug text-blue-800 underline underline-offset-2 hover:text-blue-950 sm:text-sm"
                              >
                                <LocalizedTextView text={event.title} pageLocale={locale} fallback={event.slug} />
                              </Link>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  ) : (
                    <td key={`empty-${d}`} className="border border-stone-300 bg-stone-50" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {monthOnly.length ? (
        <section aria-labelledby="month-only" className="mt-6">
          <h3 id="month-only" className="text-lg font-semibold">
            {t("calendar.monthOnly", { month: monthName })}
          </h3>
          <EventItems items={monthOnly} locale={locale} />
        </section>
      ) : null}
      {yearOnly.length ? (
        <section aria-labelledby="year-only" className="mt-6">
          <h3 id="year-only" className="text-lg font-semibold">
            {t("calendar.yearOnly", { year: month.slice(0, 4) })}
          </h3>
          <EventItems items={yearOnly} locale={locale} />
        </section>
      ) : null}

      {data.items.length === 0 ? (
        <div className="mt-6 space-y-2">
          {data.earlier ? (
            <p>
              <Link href={monthLink(data.earlier)} className="text-blue-800 underline">
                {t("calendar.earlier", { month: formatMonth(data.earlier, locale) })}
              </Link>
            </p>
          ) : null}
          {data.later ? (
            <p>
              <Link href={monthLink(data.later)} className="text-blue-800 underline">
                {t("calendar.later", { month: formatMonth(data.later, locale) })}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
