// Histogram bins: a time series shows its empty years (or decades) as zeros instead of skipping them.

export type Bin = { key: string; count: number };

/** Bins from the first to the last numeric key in `step`s, with zero for the missing ones; at most `maxBins`. */
export function fillBins(rows: readonly Bin[], step: number, maxBins = 400): Bin[] {
  if (rows.length === 0) return [];
  const counts = new Map(rows.map((r) => [Number(r.key), r.count]));
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const first = keys[0]!;
  const last = keys[keys.length - 1]!;
  // A stray far-off value (a typo like 199) must not explode the chart: past maxBins, only the known bins.
  if ((last - first) / step + 1 > maxBins) return keys.map((k) => ({ key: String(k), count: counts.get(k)! }));
  const bins: Bin[] = [];
  for (let k = first; k <= last; k += step) bins.push({ key: String(k), count: counts.get(k) ?? 0 });
  return bins;
}
