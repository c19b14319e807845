import { BRAND } from "@/lib/brand/colors";

type Props = {
  /** Pixels; the mark is square. */
  size: number;
  /** The globe's lines: the surrounding text colour by default. */
  ink?: string;
  /** The dispersing points. */
  accent?: string;
  /** The gap around the first point, where it leaves the globe: the colour behind the mark. */
  ground?: string;
  /** Line weight in the 32-unit grid: heavier for the favicon, where a pixel is a sixth of a line. */
  weight?: number;
};

/*
 * The globe of an atlas (its outline, a meridian and the equator) and three points leaving it towards the upper right,
 * smaller as they go: a people scattered from its homeland, "diaspora" being Greek for a sowing. Drawn on a 32-unit
 * grid about the globe's centre (13.5, 18.5); the points lie on the 45° ray from it, the first on the globe's edge.
 * Plain SVG with no hooks or classes, so the same component draws the header's mark and, through next/og, the app
 * icon and the social card.
 */
export function LogoMark({
  size,
  ink = "currentColor",
  accent = BRAND.accent,
  ground = BRAND.paper,
  weight = 1.75,
}: Props) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 32 32" fill="none">
      <g stroke={ink} strokeWidth={weight}>
        <circle cx="13.5" cy="18.5" r="10" />
        <ellipse cx="13.5" cy="18.5" rx="4.25" ry="10" />
        <path d="M3.5 18.5h20" />
      </g>
      <circle cx="20.57" cy="11.43" r="2.75" fill={accent} stroke={ground} strokeWidth="1.5" />
      <circle cx="25.2" cy="6.8" r="1.9" fill={accent} />
      <circle cx="28.9" cy="3.1" r="1.3" fill={accent} />
    </svg>
  );
}
