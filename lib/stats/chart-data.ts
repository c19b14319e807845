import "server-only";
import { countryName } from "@/lib/i18n/display-names";
import { translatorFor } from "@/lib/i18n/translator";
import type { ChartId } from "./charts";
import { diasporaNames } from "./diaspora-names";
import { digitalPresenceBy, type PresenceDimension } from "./digital-presence";
import { countEventsByYear } from "./event-counts";
import { fillBins } from "./fill-bins";
import { countOrganizationsBy, type OrganizationDimension } from "./organization-counts";
import type { StatsScope } from "./scope";
import type { Distribution, PresenceCounts } from "./types";

export type Bar = { key: string; label: string; count: number };

/** A count chart: bars (horizontal, by size) or columns (a time series in order). */
export type CountChart = {
  kind: "count";
  id: ChartId;
  layout: "bars" | "columns";
  unit: "organizations" | "events";
  /** What the key column holds in the CSV (country_code, diaspora, type, group, decade, year). */
  keyColumn: string;
  total: number;
  bars: Bar[];
  notRecorded: number;
};

export type PresenceGroup = PresenceCounts & { key: string; label: string };
export type PresenceChart = {
  kind: "presence";
  id: ChartId;
  keyColumn: "diaspora" | "country_code";
  all: PresenceCounts;
  groups: PresenceGroup[];
  notRecorded: PresenceCounts;
};

export type ChartData = CountChart | PresenceChart;

type Labeller = (keys: string[], locale: string) => Promise<(key: string) => string>;

const byCountry: Labeller = async (_keys, locale) => (key) => countryName(key, locale);
const byDiaspora: Labeller = async (keys, locale) => {
  const names = await diasporaNames(keys, locale);
  return (key) => names.get(key) ?? key;
};
const byEnum =
  (name: "OrganizationType" | "ServedGroup"): Labeller =>
  async (_keys, locale) => {
    const t = await translatorFor(locale, "Enums");
    return (key) => (t.has(`${name}.${key}` as never) ? t(`${name}.${key}` as never) : key);
  };
const byDecade: Labeller = async (_keys, locale) => {
  const t = await translatorFor(locale, "Stats");
  return (key) => t("decade", { from: key, to: String(Number(key) + 9) });
};
const asIs: Labeller = async () => (key) => key;

const COUNT_CHARTS: Record<
  Exclude<ChartId, `digital-presence-${string}`>,
  { dimension: OrganizationDimension | "eventYear"; keyColumn: string; label: Labeller }
> = {
  "organizations-by-country": { dimension: "country", keyColumn: "country_code", label: byCountry },
  "organizations-by-diaspora": { dimension: "diaspora", keyColumn: "diaspora", label: byDiaspora },
  "organizations-by-type": { dimension: "type", keyColumn: "type", label: byEnum("OrganizationType") },
  "organizations-by-group": { dimension: "group", keyColumn: "group", label: byEnum("ServedGroup") },
  "organizations-by-founding-decade": { dimension: "foundingDecade", keyColumn: "decade", label: byDecade },
  "events-by-year": { dimension: "eventYear", keyColumn: "year", label: asIs },
};

const PRESENCE_CHARTS: Record<
  Extract<ChartId, `digital-presence-${string}`>,
  { dimension: PresenceDimension; label: Labeller }
> = {
  "digital-presence-by-diaspora": { dimension: "diaspora", label: byDiaspora },
  "digital-presence-by-country": { dimension: "country", label: byCountry },
};

/** One chart's numbers (aggregated in SQL) with every key named in the page's language. */
export async function getChartData(id: ChartId, scope: StatsScope, locale: string): Promise<ChartData> {
  if (id === "digital-presence-by-diaspora" || id === "digital-presence-by-country") {
    const spec = PRESENCE_CHARTS[id];
    const breakdown = await digitalPresenceBy(spec.dimension, scope);
    const label = await spec.label(
      breakdown.rows.map((r) => r.key),
      locale,
    );
    const collator = new Intl.Collator(locale, { numeric: true });
    const groups = breakdown.rows
      .map((r) => ({ ...r, label: label(r.key) }))
      .sort((a, b) => b.organizations - a.organizations || collator.compare(a.label, b.label));
    return {
      kind: "presence",
      id,
      keyColumn: spec.dimension === "country" ? "country_code" : "diaspora",
      all: breakdown.all,
      groups,
      notRecorded: breakdown.notRecorded,
    };
  }
  const spec = COUNT_CHARTS[id];
  const columns = spec.dimension === "foundingDecade" || spec.dimension === "eventYear";
  const counts: Distribution =
    spec.dimension === "eventYear" ? await countEventsByYear(scope) : await countOrganizationsBy(spec.dimension, scope);
  const rows = columns ? fillBins(counts.rows, spec.dimension === "foundingDecade" ? 10 : 1) : counts.rows;
  const label = await spec.label(
    rows.map((r) => r.key),
    locale,
  );
  const collator = new Intl.Collator(locale, { numeric: true });
  const bars = rows.map((r) => ({ ...r, label: label(r.key) }));
  // Equal counts in the page's alphabet, not by code.
  if (!columns) bars.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  return {
    kind: "count",
    id,
    layout: columns ? "columns" : "bars",
    unit: spec.dimension === "eventYear" ? "events" : "organizations",
    keyColumn: spec.keyColumn,
    total: counts.total,
    bars,
    notRecorded: counts.notRecorded,
  };
}
