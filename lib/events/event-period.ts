// Calendar arithmetic on plain ISO dates (YYYY-MM-DD), in UTC so that no time zone moves a day.
import type { DatePrecision } from "./partial-date";

/** A stored event's dates: the first day of the known period, and precision for both start and end. */
export type EventDates = { startDate: string | null; endDate: string | null; datePrecision: DatePrecision };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function toIso(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function parseIso(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date;
}

export function addDays(iso: string, days: number): string {
  const date = parseIso(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** The server's current date (its own time zone); pages pass it on so tests can fix "today". */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The last day of the period an event may cover: a year-only date covers the whole year, and so on. */
export function periodEnd({ startDate, endDate, datePrecision }: EventDates): string | null {
  const last = endDate ?? startDate;
  if (!last) return null;
  if (datePrecision === "YEAR") return `${last.slice(0, 4)}-12-31`;
  if (datePrecision === "MONTH") return monthBounds(last.slice(0, 7)).last;
  return last;
}

/** First and last day of a month given as YYYY-MM. */
export function monthBounds(month: string): { first: string; last: string } {
  const first = `${month}-01`;
  return { first, last: addDays(`${shiftMonth(month, 1)}-01`, -1) };
}

/** YYYY-MM moved by a number of months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/**
 * The weeks of a month as rows of seven ISO dates (null outside the month), starting on `firstDay`
 * (1 = Monday … 7 = Sunday, as Intl.Locale's weekInfo gives it).
 */
export function monthWeeks(month: string, firstDay = 1): (string | null)[][] {
  const { first, last } = monthBounds(month);
  const weekday = parseIso(first).getUTCDay() || 7;
  const lead = (weekday - firstDay + 7) % 7;
  const days = Number(last.slice(8));
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let day = 1; day <= days; day++) cells.push(`${month}-${pad(day)}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}
