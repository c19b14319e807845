import "server-only";
// The link monitor's two tables of /stats as CSV files (/{locale}/stats/presence-over-time.csv and
// site-languages.csv, with the page's filters): English column names, diasporas named in the page's language.
import { csvFileName } from "./chart-download";
import { linkStats } from "./get-stats";
import { fraction, toCsv } from "./csv";
import type { StatsScope } from "./scope";

export const LINK_TABLES = ["presence-over-time", "site-languages"] as const;
export type LinkTable = (typeof LINK_TABLES)[number];

/** "site-languages.csv" → "site-languages"; anything else → null. */
export function linkTableFromCsvName(name: string): LinkTable | null {
  return LINK_TABLES.find((table) => name === `${table}.csv`) ?? null;
}

export async function linkTableDownload(
  table: LinkTable,
  scope: StatsScope,
  locale: string,
): Promise<{ filename: string; body: string }> {
  const links = await linkStats(scope, locale);
  const body =
    table === "presence-over-time"
      ? toCsv(
          ["month", "organizations_checked", "online", "unreachable", "share_online", "share_unreachable"],
          links.months.map((m) => [
            m.month,
            m.checked,
            m.online,
            m.unreachable,
            fraction(m.online, m.checked),
            fraction(m.unreachable, m.checked),
          ]),
        )
      : toCsv(
          [
            "diaspora",
            "name",
            "websites_online",
            "russian",
            "national_language",
            "english",
            "no_language_declared",
            "share_russian",
            "share_national_language",
            "share_english",
            "share_no_language_declared",
          ],
          links.languages.map((l) => [
            l.diaspora,
            l.label,
            l.online,
            l.russian,
            l.national,
            l.english,
            l.undeclared,
            fraction(l.russian, l.online),
            fraction(l.national, l.online),
            fraction(l.english, l.online),
            fraction(l.undeclared, l.online),
          ]),
        );
  return { filename: csvFileName(table, scope), body };
}
