import { niceScale, textWidth, wrapText } from "@/lib/stats/scale";
import { barFill, CHART_WIDTH, ChartFrame, FONT, ink, LINE, muted, NARROW_WIDTH, XAxis } from "./svg-parts";

export type BarDatum = { label: string; count: number; notRecorded?: boolean };

type Props = {
  id: string;
  title: string;
  desc: string;
  bars: BarDatum[];
  /** What each bar's share is of. */
  total: number;
  count: (n: number) => string;
  percent: (n: number, total: number) => string;
  narrow?: boolean;
};

type Row = {
  bar: BarDatum;
  lines: string[];
  /** Baseline of the first label line, and where the label's lines start and are anchored. */
  labelY: number;
  labelX: number;
  barY: number;
  gap: number;
  top: number;
  value: string;
};

/**
 * Horizontal bars, largest first; count and share at each bar's end. Wide: names on the left (wrapped). Narrow
 * (phones): each name on its own line above its bar, so the bars keep the whole width and stay comparable.
 */
export function BarChart({ id, title, desc, bars, total, count, percent, narrow = false }: Props) {
  const width = narrow ? NARROW_WIDTH : CHART_WIDTH;
  const labelWidth = narrow ? 0 : Math.min(300, Math.max(120, ...bars.map((b) => textWidth(b.label, FONT) + 16)));
  const values = bars.map((b) => `${count(b.count)} (${percent(b.count, total)})`);
  const valueWidth = Math.max(...values.map((v) => textWidth(v, FONT)), 40) + 14;
  const x0 = narrow ? 1 : labelWidth;
  const plotWidth = width - x0 - valueWidth;
  const scale = niceScale(Math.max(0, ...bars.map((b) => b.count)));
  const x = (v: number) => x0 + (v / scale.max) * plotWidth;

  let y = 6;
  const rows: Row[] = [];
  for (const [i, bar] of bars.entries()) {
    const lines = wrapText(bar.label, narrow ? width : labelWidth - 16, FONT);
    const gap = bar.notRecorded && i > 0 ? 14 : 0;
    const top = y + gap;
    const value = values[i]!;
    if (narrow) {
      const barY = top + lines.length * LINE + 4;
      rows.push({ bar, lines, labelY: top + 14, labelX: 0, barY, gap, top, value });
      y = barY + 18 + 8;
    } else {
      const height = Math.max(30, lines.length * LINE + 12);
      const mid = top + height / 2;
      const labelY = mid - ((lines.length - 1) * LINE) / 2 + 5;
      rows.push({ bar, lines, labelY, labelX: labelWidth - 12, barY: mid - 9, gap, top, value });
      y = top + height;
    }
  }
  const axisY = y + 4;

  return (
    // Narrow: no axis or grid, which would cross the names above the bars; each bar says its own value.
    <ChartFrame id={id} title={title} desc={desc} height={narrow ? y : axisY + 26} width={width}>
      {narrow ? null : <XAxis ticks={scale.ticks} x={x} top={4} bottom={axisY} label={count} />}
      {rows.map(({ bar, lines, labelX, labelY, barY, top, gap, value }) => {
        const barWidth = Math.max(bar.count > 0 ? 2 : 0, x(bar.count) - x0);
        return (
          <g key={`${bar.label}-${top}`} className="bar">
            {gap ? (
              <line
                x1={0}
                x2={width}
                y1={top - gap / 2}
                y2={top - gap / 2}
                strokeDasharray="4 4"
                className="stroke-stone-400"
              />
            ) : null}
            <text
              className={`bar-label ${bar.notRecorded ? muted : ink}`}
              fontStyle={bar.notRecorded ? "italic" : undefined}
              textAnchor={narrow ? "start" : "end"}
            >
              {lines.map((line, i) => (
                <tspan key={i} x={labelX} y={labelY + i * LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect
              x={x0}
              y={barY}
              width={barWidth}
              height={18}
              className={bar.notRecorded ? "stroke-stone-500 forced-colors:stroke-[CanvasText]" : barFill}
              fill={bar.notRecorded ? `url(#${id}-hatch)` : undefined}
            />
            <text
              x={x0 + barWidth + 8}
              y={barY + 14}
              className={`bar-value ${ink}`}
              style={{ fontVariantNumeric: "tabular-nums" }}
            >
              {value}
            </text>
          </g>
        );
      })}
      {narrow ? null : (
        <line
          x1={x0}
          x2={x0}
          y1={2}
          y2={axisY}
          className="stroke-stone-700 forced-colors:stroke-[CanvasText]"
          strokeWidth={1.5}
        />
      )}
    </ChartFrame>
  );
}
