// CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF line ends, a UTF-8 byte order mark so Excel opens
// Cyrillic, Armenian and Georgian text correctly, and formula neutralisation (OWASP "CSV injection"): a cell that
// starts with = + - @, a tab, a carriage return or a NUL (ASVS 5.0 1.2.10) is prefixed with an apostrophe, so no spreadsheet runs it.

export const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r\0]/;
const NEUTRALISED = /^'[=+\-@\t\r\0]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: neutralised, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record, CRLF-terminated. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** Undoes csvCell's neutralisation for a parsed cell ("'=SUM(A1)" → "=SUM(A1)"), so an export imports as it was. */
export function unneutralise(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** Multi-valued cells (types, languages, slugs) are written "a; b" and read split on ; or ,. */
export const joinList = (values: readonly string[]) => values.join("; ");
export const splitList = (value: string | undefined) =>
  (value ?? "")
    .split(/[;,]/)
    .map((v) => v.trim())
    .filter(Boolean);
