// Places a month's events honestly: day-precise events on their days, the others in lists of their own,
// so that "2013" never appears as 1 January.
import { monthBounds, monthWeeks, periodEnd, type EventDates } from "./event-period";

export type CalendarDay<E> = { date: string; events: E[] };

export type CalendarLayout<E> = {
  /** Weeks of seven cells; null outside the month. */
  weeks: (CalendarDay<E> | null)[][];
  /** Events known only to the month (this month, or a span of months that includes it). */
  monthOnly: E[];
  /** Events known only to the year. */
  yearOnly: E[];
};

export function layoutCalendarMonth<E extends EventDates>(month: string, events: E[], firstDay = 1): CalendarLayout<E> {
  const { first, last } = monthBounds(month);
  const byDay = new Map<string, E[]>();
  const monthOnly: E[] = [];
  const yearOnly: E[] = [];
  for (const event of events) {
    const end = periodEnd(event);
    if (!event.startDate || !end || end < first || event.startDate > last) continue;
    if (event.datePrecision === "YEAR") yearOnly.push(event);
    else if (event.datePrecision === "MONTH") monthOnly.push(event);
    else {
      // A multi-day event appears on each of its days within the month.
      const from = Number((event.startDate < first ? first : event.startDate).slice(8));
      const to = Number((end > last ? last : end).slice(8));
      for (let day = from; day <= to; day++) {
        const date = `${month}-${String(day).padStart(2, "0")}`;
        byDay.set(date, [...(byDay.get(date) ?? []), event]);
      }
    }
  }
  const weeks = monthWeeks(month, firstDay).map((week) =>
    week.map((date) => (date ? { date, events: byDay.get(date) ?? [] } : null)),
  );
  return { weeks, monthOnly, yearOnly };
}

/** The first day of the week in a locale (1 = Monday … 7 = Sunday), from CLDR through Intl.Locale. */
export function firstDayOfWeek(locale: string): number {
  const info = new Intl.Locale(locale) as Intl.Locale & {
    weekInfo?: { firstDay: number };
    getWeekInfo?: () => { firstDay: number };
  };
  return info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1;
}
