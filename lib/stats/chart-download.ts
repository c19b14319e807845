import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import { chartCsv } from "./chart-csv";
import { getChartData } from "./chart-data";
import type { ChartId } from "./charts";
import type { StatsScope } from "./scope";

/** A chart's data as a CSV file, named after the chart and the scope (organizations-by-type-armenian.csv). */
export async function chartDownload(
  id: ChartId,
  scope: StatsScope,
  locale: string,
): Promise<{ filename: string; body: string }> {
  const [chart, t] = await Promise.all([getChartData(id, scope, locale), translatorFor(locale, "Stats")]);
  const notRecorded =
    id === "digital-presence-by-diaspora"
      ? t("noDiaspora")
      : id === "digital-presence-by-country"
        ? t("noCountry")
        : t("notRecorded");
  const body = chartCsv(chart, { notRecorded, allOrganizations: t("allOrganizations") });
  return { filename: csvFileName(id, scope), body };
}

/** A download's name after what it holds and the scope: organizations-by-type-armenian-ru.csv. */
export function csvFileName(name: string, scope: StatsScope): string {
  const suffix = [scope.diaspora, scope.country?.toLowerCase()].filter(Boolean).join("-");
  return `${name}${suffix ? `-${suffix}` : ""}.csv`;
}
