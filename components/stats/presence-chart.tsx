import { PRESENCE_MEASURES, type PresenceCounts } from "@/lib/stats/types";
import { textWidth } from "@/lib/stats/scale";
import { CHART_WIDTH, ChartFrame, FONT, grid, ink, measureFill, muted, NARROW_WIDTH, XAxis } from "./svg-parts";

export type PresenceDatum = PresenceCounts & { label: string; overall?: boolean };

type Props = {
  id: string;
  title: string;
  desc: string;
  groups: PresenceDatum[];
  measureNames: Record<(typeof PRESENCE_MEASURES)[number], string>;
  sampleSize: (n: number) => string;
  share: (count: number, total: number) => string;
  percentTick: (fraction: number) => string;
  narrow?: boolean;
};

const HEADER = 26;
const ROW = 24;
const GROUP_GAP = 16;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Small multiples: for each group (all organizations first) its name and n, then one bar per measure on a
 * 0–100 % scale, each named on the left and labelled "12 of 30 (40 %)" at its end, so no colour must be decoded.
 * Narrow (phones): names above the bars, n under the group's name, and a pale track for 100 % instead of the grid.
 */
export function PresenceChart(props: Props) {
  return props.narrow ? <NarrowPresenceChart {...props} /> : <WidePresenceChart {...props} />;
}

function WidePresenceChart({ id, title, desc, groups, measureNames, sampleSize, share, percentTick }: Props) {
  const measureWidth = Math.min(
    260,
    Math.max(140, ...PRESENCE_MEASURES.map((m) => textWidth(measureNames[m], FONT) + 36)),
  );
  const values = groups.map((g) => PRESENCE_MEASURES.map((m) => share(g[m], g.organizations)));
  const valueWidth = Math.max(...values.flat().map((v) => textWidth(v, FONT)), 60) + 14;
  const x0 = measureWidth;
  const plotWidth = CHART_WIDTH - measureWidth - valueWidth;
  const x = (fraction: number) => x0 + fraction * plotWidth;

  const blockHeight = HEADER + PRESENCE_MEASURES.length * ROW + GROUP_GAP;
  const blocks = groups.map((group, gi) => ({ group, top: 4 + gi * blockHeight, values: values[gi]! }));
  const axisY = 4 + groups.length * blockHeight - GROUP_GAP + 6;

  return (
    <ChartFrame id={id} title={title} desc={desc} height={axisY + 26}>
      <XAxis ticks={TICKS} x={x} top={axisY - 6} bottom={axisY} label={percentTick} />
      {blocks.map(({ group, top, values: texts }) => (
        <g key={`${group.label}-${top}`} className="presence-group">
          {group.overall ? null : (
            <line x1={0} x2={CHART_WIDTH} y1={top - 2} y2={top - 2} className="stroke-stone-200" />
          )}
          <text x={0} y={top + 18} className={ink}>
            <tspan className="group-label" fontWeight={600}>
              {group.label}
            </tspan>
            <tspan className={muted} dx={10}>
              {sampleSize(group.organizations)}
            </tspan>
          </text>
          {TICKS.map((t) => (
            <line
              key={t}
              x1={x(t)}
              x2={x(t)}
              y1={top + HEADER - 2}
              y2={top + HEADER + PRESENCE_MEASURES.length * ROW + 2}
              className={grid}
            />
          ))}
          <line
            x1={x0}
            x2={x0}
            y1={top + HEADER - 2}
            y2={top + HEADER + PRESENCE_MEASURES.length * ROW + 2}
            className="stroke-stone-700 forced-colors:stroke-[CanvasText]"
            strokeWidth={1.5}
          />
          {PRESENCE_MEASURES.map((measure, mi) => {
            const rowTop = top + HEADER + mi * ROW;
            const fraction = group.organizations > 0 ? group[measure] / group.organizations : 0;
            const width = Math.max(group[measure] > 0 ? 2 : 0, x(fraction) - x0);
            return (
              <g key={measure}>
                <text x={x0 - 10} y={rowTop + 15} textAnchor="end" className={muted}>
                  {measureNames[measure]}
                </text>
                <rect x={x0} y={rowTop + 3} width={width} height={16} className={measureFill[measure]} />
                <text x={x0 + width + 8} y={rowTop + 16} className={ink} style={{ fontVariantNumeric: "tabular-nums" }}>
                  {texts[mi]}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </ChartFrame>
  );
}

const N_HEADER = 44;
const N_ROW = 40;

function NarrowPresenceChart({ id, title, desc, groups, measureNames, sampleSize, share }: Props) {
  const values = groups.map((g) => PRESENCE_MEASURES.map((m) => share(g[m], g.organizations)));
  const valueWidth = Math.max(...values.flat().map((v) => textWidth(v, FONT)), 60) + 10;
  const plotWidth = NARROW_WIDTH - valueWidth;
  const blockHeight = N_HEADER + PRESENCE_MEASURES.length * N_ROW + GROUP_GAP;
  return (
    <ChartFrame id={id} title={title} desc={desc} height={groups.length * blockHeight} width={NARROW_WIDTH}>
      {groups.map((group, gi) => {
        const top = gi * blockHeight;
        return (
          <g key={`${group.label}-${top}`} className="presence-group">
            <text x={0} y={top + 18} className={`group-label ${ink}`} fontWeight={600}>
              {group.label}
            </text>
            <text x={0} y={top + 36} className={muted}>
              {sampleSize(group.organizations)}
            </text>
            {PRESENCE_MEASURES.map((measure, mi) => {
              const rowTop = top + N_HEADER + mi * N_ROW;
              const fraction = group.organizations > 0 ? group[measure] / group.organizations : 0;
              const width = Math.max(group[measure] > 0 ? 2 : 0, fraction * plotWidth);
              return (
                <g key={measure}>
                  <text x={0} y={rowTop + 14} className={muted}>
                    {measureNames[measure]}
                  </text>
                  <rect
                    x={0}
                    y={rowTop + 19}
                    width={plotWidth}
                    height={14}
                    className="fill-stone-100 forced-colors:fill-[Canvas]"
                  />
                  <rect x={0} y={rowTop + 19} width={width} height={14} className={measureFill[measure]} />
                  <text
                    x={plotWidth + 6}
                    y={rowTop + 31}
                    className={ink}
                    style={{ fontVariantNumeric: "tabular-nums" }}
                  >
                    {values[gi]![mi]}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}
