// The charts of /stats, by the id that names them in the page's anchors and in their CSV addresses.

export const CHART_IDS = [
  "digital-presence-by-diaspora",
  "digital-presence-by-country",
  "organizations-by-country",
  "organizations-by-diaspora",
  "organizations-by-type",
  "organizations-by-group",
  "organizations-by-founding-decade",
  "events-by-year",
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

/** "organizations-by-type.csv" → "organizations-by-type"; anything else → null. */
export function chartIdFromCsvName(name: string): ChartId | null {
  const match = /^([a-z-]+)\.csv$/.exec(name);
  return match && isChartId(match[1]!) ? (match[1]! as ChartId) : null;
}

/** Channel kinds counted as social media (networks and messengers with public channels). */
export const SOCIAL_MEDIA_KINDS = [
  "FACEBOOK",
  "VK",
  "TELEGRAM",
  "INSTAGRAM",
  "YOUTUBE",
  "ODNOKLASSNIKI",
  "X",
  "TIKTOK",
  "WHATSAPP",
  "LINKEDIN",
] as const;
