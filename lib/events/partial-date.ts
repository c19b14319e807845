// Events known only by year or month ("2013", "2019-05") are stored as the first day of that period plus a
// precision, so they sort and filter with day-precise ones.
export type DatePrecision = "DAY" | "MONTH" | "YEAR";

export type PartialDate = { date: Date; precision: DatePrecision };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(value: string): PartialDate {
  const match = PATTERN.exec(value);
  if (!match) throw new RangeError(`Not a partial ISO date: "${value}"`);
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m ? Number(m) : 1;
  const day = d ? Number(d) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`No such date: "${value}"`);
  }
  return { date, precision: d ? "DAY" : m ? "MONTH" : "YEAR" };
}

/** The inverse of parsePartialDate: "2013", "2019-05" or "2019-05-09". */
export function formatPartialDate({ date, precision }: PartialDate): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}
