import { getTranslations } from "next-intl/server";
import type { ChartData, CountChart, PresenceChart as PresenceChartData } from "@/lib/stats/chart-data";
import { numberFormats } from "@/lib/stats/format";
import { PRESENCE_MEASURES } from "@/lib/stats/types";
import { BarChart } from "./bar-chart";
import { ChartSection } from "./chart-section";
import { ColumnChart } from "./column-chart";
import { CountTable, PresenceTable } from "./data-tables";
import { PresenceChart } from "./presence-chart";

/** Bars drawn at most; the table and the CSV have every row. */
const MAX_BARS = 25;
const MAX_GROUPS = 12;

type Props = { chart: ChartData; locale: string; csvHref: string };

export async function ChartView({ chart, locale, csvHref }: Props) {
  return chart.kind === "presence" ? (
    <PresenceView chart={chart} locale={locale} csvHref={csvHref} />
  ) : (
    <CountView chart={chart} locale={locale} csvHref={csvHref} />
  );
}

async function CountView({ chart, locale, csvHref }: { chart: CountChart; locale: string; csvHref: string }) {
  const t = await getTranslations();
  const f = numberFormats(locale);
  const title = t(`Stats.chart.${chart.id}`);
  const unitHeader = chart.unit === "events" ? t("Layout.events") : t("Layout.organizations");
  const keyHeader =
    {
      country_code: t("Organizations.filter.country"),
      diaspora: t("Organizations.filter.diaspora"),
      type: t("Organizations.filter.type"),
      group: t("Organizations.filter.group"),
      decade: t("Stats.column.decade"),
      year: t("Stats.column.year"),
    }[chart.keyColumn] ?? chart.keyColumn;
  const known = chart.total - chart.notRecorded;
  const shareArgs = (count: number) => ({
    count: f.count(count),
    total: f.count(chart.total),
    percent: f.percent(count, chart.total),
  });
  const notRecordedRow =
    chart.notRecorded > 0 ? [{ label: t("Stats.notRecorded"), count: chart.notRecorded, notRecorded: true }] : [];
  const tableRows = [...chart.bars, ...notRecordedRow];
  const largest = chart.bars.reduce<(typeof chart.bars)[number] | undefined>(
    (best, b) => (!best || b.count > best.count ? b : best),
    undefined,
  );
  const value = (n: number) => `${f.count(n)} (${f.percent(n, chart.total)})`;

  let svg: (narrow: boolean) => React.ReactNode;
  const notes: React.ReactNode[] = [];
  if (chart.layout === "columns") {
    const desc =
      largest && largest.count > 0
        ? t("Stats.desc.columns", {
            first: chart.bars[0]!.label,
            last: chart.bars.at(-1)!.label,
            label: largest.label,
            value: f.count(largest.count),
          })
        : t("Stats.desc.empty");
    svg = (narrow) => (
      <ColumnChart
        id={`${chart.id}-chart${narrow ? "-narrow" : ""}`}
        title={title}
        desc={desc}
        columns={chart.bars}
        step={chart.keyColumn === "decade" ? 10 : 1}
        count={f.count}
        narrow={narrow}
      />
    );
    notes.push(
      <p key="known">{t(chart.unit === "events" ? "Stats.eventsNote" : "Stats.foundedNote", shareArgs(known))}</p>,
    );
  } else {
    const shown = chart.bars.slice(0, MAX_BARS);
    const bars = [...shown, ...notRecordedRow];
    const desc = largest
      ? t("Stats.desc.bars", { label: largest.label, value: value(largest.count) })
      : t("Stats.desc.empty");
    svg = (narrow) => (
      <BarChart
        id={`${chart.id}-chart${narrow ? "-narrow" : ""}`}
        title={title}
        desc={desc}
        bars={bars}
        total={chart.total}
        count={f.count}
        percent={f.percent}
        narrow={narrow}
      />
    );
    if (chart.notRecorded > 0) notes.push(<p key="nr">{t("Stats.notRecordedNote", shareArgs(chart.notRecorded))}</p>);
    if (chart.bars.length > MAX_BARS) {
      notes.push(<p key="top">{t("Stats.topShown", { shown: f.count(MAX_BARS), all: f.count(chart.bars.length) })}</p>);
    }
  }
  const table = (
    <CountTable
      caption={title}
      keyHeader={keyHeader}
      unitHeader={unitHeader}
      shareHeader={t("Stats.column.share")}
      totalLabel={t("Stats.column.total")}
      rows={tableRows}
      total={chart.total}
      formats={f}
    />
  );
  return (
    <ChartSection
      id={chart.id}
      title={title}
      notes={notes}
      chart={chart.total > 0 ? svg : null}
      empty={t("Stats.desc.empty")}
      table={table}
      csvHref={csvHref}
    />
  );
}

async function PresenceView({ chart, locale, csvHref }: { chart: PresenceChartData; locale: string; csvHref: string }) {
  const t = await getTranslations();
  const f = numberFormats(locale);
  const title = t(`Stats.chart.${chart.id}`);
  const measureNames = {
    website: t("Stats.measure.website"),
    socialMedia: t("Stats.measure.socialMedia"),
    multilingualWebsite: t("Stats.measure.multilingualWebsite"),
  };
  const share = (count: number, total: number) =>
    t("Stats.share", { count: f.count(count), total: f.count(total), percent: f.percent(count, total) });
  const overall = { ...chart.all, label: t("Stats.allOrganizations"), overall: true };
  const shown = chart.groups.slice(0, MAX_GROUPS);
  const noGroup = chart.keyColumn === "diaspora" ? t("Stats.noDiaspora") : t("Stats.noCountry");
  const summary = PRESENCE_MEASURES.map(
    (m) => `${measureNames[m]}: ${share(chart.all[m], chart.all.organizations)}`,
  ).join("; ");
  const desc = chart.all.organizations > 0 ? t("Stats.desc.presence", { summary }) : t("Stats.desc.empty");
  const percentTick = (fraction: number) => new Intl.NumberFormat(locale, { style: "percent" }).format(fraction);
  const notes: React.ReactNode[] = [];
  if (chart.notRecorded.organizations > 0) {
    notes.push(
      <p key="nr">
        {noGroup}:{" "}
        {t("Stats.share", {
          count: f.count(chart.notRecorded.organizations),
          total: f.count(chart.all.organizations),
          percent: f.percent(chart.notRecorded.organizations, chart.all.organizations),
        })}
      </p>,
    );
  }
  if (chart.groups.length > MAX_GROUPS) {
    notes.push(
      <p key="top">{t("Stats.topShown", { shown: f.count(MAX_GROUPS), all: f.count(chart.groups.length) })}</p>,
    );
  }
  const svg = (narrow: boolean) => (
    <PresenceChart
      id={`${chart.id}-chart${narrow ? "-narrow" : ""}`}
      narrow={narrow}
      title={title}
      desc={desc}
      groups={[overall, ...shown]}
      measureNames={measureNames}
      sampleSize={(n) => t("Stats.sampleSize", { count: f.count(n) })}
      share={share}
      percentTick={percentTick}
    />
  );
  const rows = [
    overall,
    ...chart.groups,
    ...(chart.notRecorded.organizations > 0 ? [{ ...chart.notRecorded, label: noGroup, notRecorded: true }] : []),
  ];
  const table = (
    <PresenceTable
      caption={title}
      groupHeader={
        chart.keyColumn === "diaspora" ? t("Organizations.filter.diaspora") : t("Organizations.filter.country")
      }
      organizationsHeader={t("Layout.organizations")}
      measureNames={measureNames}
      rows={rows}
      formats={f}
    />
  );
  return (
    <ChartSection
      id={chart.id}
      title={title}
      notes={notes}
      chart={chart.all.organizations > 0 ? svg : null}
      empty={t("Stats.desc.empty")}
      table={table}
      csvHref={csvHref}
    />
  );
}
