import "server-only";
import { getChartData, type ChartData } from "./chart-data";
import { CHART_IDS, type ChartId } from "./charts";
import { diasporaNames } from "./diaspora-names";
import { presenceOverTime, siteLanguagesByDiaspora, type PresenceMonth, type SiteLanguages } from "./link-checks";
import type { StatsScope } from "./scope";

/** What the link monitor found (./link-checks.ts), each diaspora named in the page's language. */
export type LinkStats = { months: PresenceMonth[]; languages: (SiteLanguages & { label: string })[] };

export type StatsPage = {
  organizations: number;
  events: number;
  charts: Record<ChartId, ChartData>;
  links: LinkStats;
};

/** Every chart of /stats for a scope, each aggregated by its own statement, run side by side. */
export async function getStats(scope: StatsScope, locale: string): Promise<StatsPage> {
  const [charts, links] = await Promise.all([
    Promise.all(CHART_IDS.map((id) => getChartData(id, scope, locale))),
    linkStats(scope, locale),
  ]);
  const byId = Object.fromEntries(charts.map((c) => [c.id, c])) as Record<ChartId, ChartData>;
  const organizations = byId["digital-presence-by-diaspora"];
  const events = byId["events-by-year"];
  return {
    organizations: organizations.kind === "presence" ? organizations.all.organizations : 0,
    events: events.kind === "count" ? events.total : 0,
    charts: byId,
    links,
  };
}

export async function linkStats(scope: StatsScope, locale: string): Promise<LinkStats> {
  const [months, languages] = await Promise.all([presenceOverTime(scope), siteLanguagesByDiaspora(scope)]);
  const names = await diasporaNames(
    languages.map((l) => l.diaspora),
    locale,
  );
  return { months, languages: languages.map((l) => ({ ...l, label: names.get(l.diaspora) ?? l.diaspora })) };
}
