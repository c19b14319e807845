// CSV as spreadsheet programs read it: UTF-8 with a byte-order mark (so Excel shows Cyrillic, Armenian and
// Georgian), CRLF line ends, fields quoted when they must be (RFC 4180).

export type CsvCell = string | number | null;

const BOM = "\uFEFF";

/** A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe. */
function cell(value: CsvCell): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** A share as a decimal fraction with four places (0.4 for 12 of 30), empty when there is nothing to divide by. */
export function fraction(count: number, total: number): string {
  return total > 0 ? (count / total).toFixed(4) : "";
}
