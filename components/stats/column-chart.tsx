import { niceScale, textWidth } from "@/lib/stats/scale";
import { barFill, CHART_WIDTH, ChartFrame, grid, ink, muted, NARROW_WIDTH } from "./svg-parts";

export type ColumnDatum = { key: string; label: string; count: number };

type Props = {
  id: string;
  title: string;
  desc: string;
  columns: ColumnDatum[];
  /** Distance between two bins' keys (1 for years, 10 for decades): labels fall on round values. */
  step: number;
  count: (n: number) => string;
  /** The phone layout: fewer pixels per bin, so fewer labels, at a readable size. */
  narrow?: boolean;
};

const LEFT = 56;
const RIGHT = 12;
const TOP = 24;
const BOTTOM = 40;
const MAX_BAND = 90;

/** A histogram of a time series in order, with empty bins shown as gaps; values above the columns where they fit. */
export function ColumnChart({ id, title, desc, columns, step, count, narrow = false }: Props) {
  const width = narrow ? NARROW_WIDTH : CHART_WIDTH;
  const height = narrow ? 240 : 300;
  const plotWidth = width - LEFT - RIGHT;
  const plotHeight = height - TOP - BOTTOM;
  const scale = niceScale(Math.max(0, ...columns.map((c) => c.count)), 4);
  // A short series keeps narrow columns, centred, rather than a few slabs across the whole width.
  const band = Math.min(MAX_BAND, plotWidth / Math.max(1, columns.length));
  const offset = LEFT + (plotWidth - band * columns.length) / 2;
  const y = (v: number) => TOP + plotHeight - (v / scale.max) * plotHeight;
  // Label every k-th bin, k the smallest round number whose labels do not collide.
  const widest = Math.max(0, ...columns.map((c) => textWidth(c.label, 12)));
  const every = [1, 2, 5, 10, 20, 50, 100].find((k) => band * k >= widest + 10) ?? 100;
  const labelled = (c: ColumnDatum, i: number) =>
    every === 1 ? true : Number(c.key) % (every * step) === 0 || (i === 0 && columns.length < every);

  return (
    <ChartFrame id={id} title={title} desc={desc} height={height} width={width}>
      {scale.ticks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={width - RIGHT} y1={y(t)} y2={y(t)} className={grid} />
          <text x={LEFT - 8} y={y(t) + 4} textAnchor="end" className={muted} style={{ fontSize: 12 }}>
            {count(t)}
          </text>
        </g>
      ))}
      {columns.map((c, i) => {
        const x = offset + i * band;
        const width = Math.max(1, band * 0.72);
        const valueText = count(c.count);
        return (
          <g key={c.key} className="column">
            {c.count > 0 ? (
              <rect
                x={x + (band - width) / 2}
                y={y(c.count)}
                width={width}
                height={y(0) - y(c.count)}
                className={barFill}
              />
            ) : null}
            {c.count > 0 && textWidth(valueText, 12) <= band + 2 ? (
              <text
                x={x + band / 2}
                y={y(c.count) - 6}
                textAnchor="middle"
                className={`column-value ${ink}`}
                style={{ fontSize: 12 }}
              >
                {valueText}
              </text>
            ) : null}
            {labelled(c, i) ? (
              <>
                <line
                  x1={x + band / 2}
                  x2={x + band / 2}
                  y1={y(0)}
                  y2={y(0) + 5}
                  className="stroke-stone-700 forced-colors:stroke-[CanvasText]"
                />
                <text
                  x={x + band / 2}
                  y={y(0) + 20}
                  textAnchor="middle"
                  className={`column-label ${ink}`}
                  style={{ fontSize: 12 }}
                >
                  {c.label}
                </text>
              </>
            ) : null}
          </g>
        );
      })}
      <line
        x1={LEFT}
        x2={width - RIGHT}
        y1={y(0)}
        y2={y(0)}
        className="stroke-stone-700 forced-colors:stroke-[CanvasText]"
        strokeWidth={1.5}
      />
    </ChartFrame>
  );
}
