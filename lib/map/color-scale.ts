// The choropleth's classes: a few "nice" bounds on a logarithmic scale (counts per country are very skewed),
// drawn in one hue from light to dark so that order reads without telling colours apart.

export type MapClass = { min: number; max: number; color: string };

/** ColorBrewer "Blues", without its near-white steps (those are kept apart from the grey of "none"). */
const BLUES = ["#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"];
/** Countries with no organization. */
export const EMPTY_COLOR = "#e7e5e4";
export const MAX_CLASSES = 5;

const NICE = [1, 2, 3, 5];

/** The nice number (1, 2, 3, 5 × 10ⁿ) nearest to a value on a log scale. */
export function niceNumber(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const candidates = [...NICE.map((n) => n * magnitude), 10 * magnitude];
  return candidates.reduce((best, c) => (Math.abs(Math.log(c / value)) < Math.abs(Math.log(best / value)) ? c : best));
}

/** Classes covering 1…max: one per value up to five, otherwise up to five log-spaced ranges with nice bounds. */
export function mapClasses(max: number): MapClass[] {
  if (!Number.isFinite(max) || max < 1) return [];
  const top = Math.floor(max);
  let starts: number[];
  if (top <= MAX_CLASSES) starts = Array.from({ length: top }, (_, i) => i + 1);
  else {
    const bounds = new Set([1]);
    for (let i = 1; i < MAX_CLASSES; i++) {
      const bound = niceNumber(top ** (i / MAX_CLASSES));
      if (bound <= top) bounds.add(bound);
    }
    starts = [...bounds].sort((a, b) => a - b);
  }
  const colors = palette(starts.length);
  return starts.map((min, i) => ({ min, max: i + 1 < starts.length ? starts[i + 1]! - 1 : top, color: colors[i]! }));
}

/** n colours spread over the ramp, light to dark. */
export function palette(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [BLUES[3]!];
  return Array.from({ length: n }, (_, i) => BLUES[Math.round((i * (BLUES.length - 1)) / (n - 1))]!);
}

/** The class a count falls in; null for zero (drawn as "none"). */
export function classFor(count: number, classes: MapClass[]): MapClass | null {
  if (count < 1) return null;
  return classes.find((c) => count >= c.min && count <= c.max) ?? classes.at(-1) ?? null;
}
