// Event dates as readers expect them, never more precise than what is known: "2013", "May 2019", "8 December 2020".
import { parseIso, type EventDates } from "./event-period";

const options = {
  DAY: { dateStyle: "long", timeZone: "UTC" },
  MONTH: { year: "numeric", month: "long", timeZone: "UTC" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The event's date or date range in the reader's language, or null when no date is recorded. */
export function formatEventDates({ startDate, endDate, datePrecision }: EventDates, locale: string): string | null {
  if (!startDate) return null;
  const end = endDate && endDate > startDate ? endDate : null;
  if (datePrecision === "YEAR") {
    const [from, to] = [startDate.slice(0, 4), end?.slice(0, 4)];
    return to && to !== from ? `${from}–${to}` : from;
  }
  const format = new Intl.DateTimeFormat(locale, options[datePrecision]);
  return end ? format.formatRange(parseIso(startDate), parseIso(end)) : format.format(parseIso(startDate));
}

/** A month (YYYY-MM) as "December 2020" in the reader's language. */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, options.MONTH).format(parseIso(`${month}-01`));
}
