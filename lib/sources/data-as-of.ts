// "Data as of": how recent an entry's facts are, read from its sources — the newest of each source's date, which
// is the day it was accessed where recorded (the facts held then), otherwise its year of publication. Pure.
import type { Citation } from "./citation";

export type DataAsOf = { precision: "day"; date: string } | { precision: "year"; year: number };

/** Sortable form: a year alone sorts before any day of that year, so a known day wins a tie. */
const sortKey = (d: DataAsOf) => (d.precision === "day" ? d.date : `${d.year}-00-00`);

export function dataAsOf(citations: readonly Pick<Citation, "source">[]): DataAsOf | null {
  let newest: DataAsOf | null = null;
  for (const { source } of citations) {
    const date: DataAsOf | null = source.accessedOn
      ? { precision: "day", date: source.accessedOn }
      : source.year !== null
        ? { precision: "year", year: source.year }
        : null;
    if (date && (!newest || sortKey(date) > sortKey(newest))) newest = date;
  }
  return newest;
}
