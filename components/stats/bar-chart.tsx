import { niceScale, textWidth, wrapText } from "@/lib/stats/scale";
import { barFill, CHART_WIDTH, ChartFrame, FONT, ink, LINE, muted, XAxis } from "./svg-parts";

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
};

/** Horizontal bars, largest first; names on the left (wrapped), count and share at each bar's end. */
export function BarChart({ id, title, desc, bars, total, count, percent }: Props) {
  const labelWidth = Math.min(300, Math.max(120, ...bars.map((b) => textWidth(b.label, FONT) + 16)));
  const values = bars.map((b) => `${count(b.count)} (${percent(b.count, total)})`);
  const valueWidth = Math.max(...values.map((v) => textWidth(v, FONT)), 40) + 14;
  const x0 = labelWidth;
  const plotWidth = CHART_WIDTH - labelWidth - valueWidth;
  const scale = niceScale(Math.max(0, ...bars.map((b) => b.count)));
  const x = (v: number) => x0 + (v / scale.max) * plotWidth;

  let y = 6;
  const rows: { bar: BarDatum; lines: string[]; top: number; height: number; gap: number; value: string }[] = [];
  for (const [i, bar] of bars.entries()) {
    const lines = wrapText(bar.label, labelWidth - 16, FONT);
    const height = Math.max(30, lines.length * LINE + 12);
    const gap = bar.notRecorded && i > 0 ? 14 : 0;
    const top = y + gap;
    y = top + height;
    rows.push({ bar, lines, top, height, gap, value: values[i]! });
  }
  const axisY = y + 4;

  return (
    <ChartFrame id={id} title={title} desc={desc} height={axisY + 26}>
      <XAxis ticks={scale.ticks} x={x} top={4} bottom={axisY} label={count} />
      {rows.map(({ bar, lines, top, height, gap, value }) => {
        const mid = top + height / 2;
        const width = Math.max(bar.count > 0 ? 2 : 0, x(bar.count) - x0);
        return (
          <g key={`${bar.label}-${top}`} className="bar">
            {gap ? (
              <line
                x1={0}
                x2={CHART_WIDTH}
                y1={top - gap / 2}
                y2={top - gap / 2}
                strokeDasharray="4 4"
                className="stroke-stone-400"
              />
            ) : null}
            <text
              className={`bar-label ${bar.notRecorded ? muted : ink}`}
              fontStyle={bar.notRecorded ? "italic" : undefined}
              textAnchor="end"
            >
              {lines.map((line, i) => (
                <tspan key={i} x={labelWidth - 12} y={mid - ((lines.length - 1) * LINE) / 2 + i * LINE + 5}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect
              x={x0}
              y={mid - 9}
              width={width}
              height={18}
              className={bar.notRecorded ? "stroke-stone-500 forced-colors:stroke-[CanvasText]" : barFill}
              fill={bar.notRecorded ? `url(#${id}-hatch)` : undefined}
            />
            <text
              x={x0 + width + 8}
              y={mid + 5}
              className={`bar-value ${ink}`}
              style={{ fontVariantNumeric: "tabular-nums" }}
            >
              {value}
            </text>
          </g>
        );
      })}
      <line
        x1={x0}
        x2={x0}
        y1={2}
        y2={axisY}
        className="stroke-stone-700 forced-colors:stroke-[CanvasText]"
        strokeWidth={1.5}
      />
    </ChartFrame>
  );
}
