// A chart's data as CSV rows: English column names (stable for scripts), names in the page's language.
import type { ChartData } from "./chart-data";
import { fraction, toCsv, type CsvCell } from "./csv";
import type { PresenceCounts } from "./types";

export type CsvLabels = { notRecorded: string; allOrganizations: string };

export function chartCsv(chart: ChartData, labels: CsvLabels): string {
  if (chart.kind === "count") {
    const header = [chart.keyColumn, "name", chart.unit, `share_of_${chart.unit}`, `total_${chart.unit}`];
    const rows: CsvCell[][] = chart.bars.map((b) => [
      b.key,
      b.label,
      b.count,
      fraction(b.count, chart.total),
      chart.total,
    ]);
    if (chart.notRecorded > 0) {
      rows.push(["", labels.notRecorded, chart.notRecorded, fraction(chart.notRecorded, chart.total), chart.total]);
    }
    return toCsv(header, rows);
  }
  const header = [
    "row",
    chart.keyColumn,
    "name",
    "organizations",
    "with_website",
    "with_social_media",
    "with_multilingual_website",
    "with_any_channel",
    "share_with_website",
    "share_with_social_media",
    "share_with_multilingual_website",
    "share_with_any_channel",
    // A website or social media a source attests without an address is in with_website / with_social_media; these
    // say how many of them rest on such a statement alone. "online": a channel or any attested presence.
    "with_website_without_address",
    "with_social_media_without_address",
    "online",
    "online_without_address",
    "share_online",
  ];
  const row = (kind: string, key: string, name: string, c: PresenceCounts): CsvCell[] => [
    kind,
    key,
    name,
    c.organizations,
    c.website,
    c.socialMedia,
    c.multilingualWebsite,
    c.anyChannel,
    fraction(c.website, c.organizations),
    fraction(c.socialMedia, c.organizations),
    fraction(c.multilingualWebsite, c.organizations),
    fraction(c.anyChannel, c.organizations),
    c.websiteWithoutAddress,
    c.socialMediaWithoutAddress,
    c.online,
    c.onlineWithoutAddress,
    fraction(c.online, c.organizations),
  ];
  const rows = [
    row("all", "", labels.allOrganizations, chart.all),
    ...chart.groups.map((g) => row("group", g.key, g.label, g)),
  ];
  if (chart.notRecorded.organizations > 0) rows.push(row("not_recorded", "", labels.notRecorded, chart.notRecorded));
  return toCsv(header, rows);
}
