import "server-only";
import { getChartData, type ChartData } from "./chart-data";
import { CHART_IDS, type ChartId } from "./charts";
import type { StatsScope } from "./scope";

export type StatsPage = { organizations: number; events: number; charts: Record<ChartId, ChartData> };

/** Every chart of /stats for a scope, each aggregated by its own statement, run side by side. */
export async function getStats(scope: StatsScope, locale: string): Promise<StatsPage> {
  const charts = await Promise.all(CHART_IDS.map((id) => getChartData(id, scope, locale)));
  const byId = Object.fromEntries(charts.map((c) => [c.id, c])) as Record<ChartId, ChartData>;
  const organizations = byId["digital-presence-by-diaspora"];
  const events = byId["events-by-year"];
  return {
    organizations: organizations.kind === "presence" ? organizations.all.organizations : 0,
    events: events.kind === "count" ? events.total : 0,
    charts: byId,
  };
}
