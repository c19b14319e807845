// Shared pieces of the server-rendered SVG charts: the accessible frame, the hatching for "not recorded",
// and the colours (with forced-colours fallbacks so the bars stay visible in high-contrast modes).

export const CHART_WIDTH = 960;
/**
 * The phone layout's width in user units: about the CSS pixels a 360–390 px screen leaves the chart, so text keeps
 * nearly its nominal size instead of the wide chart's shrinking to a third.
 */
export const NARROW_WIDTH = 340;
export const FONT = 14;
export const LINE = 17;

export const ink = "fill-stone-900 forced-colors:fill-[CanvasText]";
export const muted = "fill-stone-600 forced-colors:fill-[CanvasText]";
export const grid = "stroke-stone-300 forced-colors:stroke-[GrayText]";
export const barFill = "fill-[#155e8c] forced-colors:fill-[CanvasText]";
/** One colour per digital-presence measure (Okabe–Ito hues, darkened to ≥ 3:1 on white); labels say which is which. */
export const measureFill = {
  website: "fill-[#155e8c] forced-colors:fill-[CanvasText]",
  socialMedia: "fill-[#b04a00] forced-colors:fill-[CanvasText]",
  multilingualWebsite: "fill-[#00704f] forced-colors:fill-[CanvasText]",
} as const;

type FrameProps = {
  id: string;
  title: string;
  desc: string;
  height: number;
  /** Width in user units (CHART_WIDTH or NARROW_WIDTH). */
  width?: number;
  children: React.ReactNode;
};

/** An SVG that screen readers announce as one image named by its title and described by its summary. */
export function ChartFrame({ id, title, desc, height, width = CHART_WIDTH, children }: FrameProps) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      className="block h-auto max-w-full overflow-visible"
      style={{ fontSize: FONT }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="fill-white forced-colors:fill-[Canvas]" />
          <line
            x1="0"
            y1="0"
            x2="0"
            y2="6"
            strokeWidth="2.5"
            className="stroke-stone-500 forced-colors:stroke-[CanvasText]"
          />
        </pattern>
      </defs>
      {children}
    </svg>
  );
}

/** Vertical grid lines with their values under the axis. */
export function XAxis({
  ticks,
  x,
  top,
  bottom,
  label,
}: {
  ticks: number[];
  x: (v: number) => number;
  top: number;
  bottom: number;
  label: (v: number) => string;
}) {
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top} y2={bottom} className={grid} strokeWidth={1} />
          <text x={x(t)} y={bottom + 16} textAnchor="middle" className={muted} style={{ fontSize: 12 }}>
            {label(t)}
          </text>
        </g>
      ))}
    </g>
  );
}
