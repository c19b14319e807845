// A chart's table as CSV, written by the one CSV writer (lib/exports/csv.ts: byte-order mark, CRLF, RFC 4180
// quoting, formula neutralisation).
import { BOM, csvLine } from "@/lib/exports/csv";

export type CsvCell = string | number | null;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map(csvLine).join("");
}

/** A share as a decimal fraction with four places (0.4 for 12 of 30), empty when there is nothing to divide by. */
export function fraction(count: number, total: number): string {
  return total > 0 ? (count / total).toFixed(4) : "";
}
