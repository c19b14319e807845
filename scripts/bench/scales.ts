// Dataset sizes of the benchmark: "full" is the size the targets in docs/PERFORMANCE.md are set for.
export const SCALES = {
  full: { organizations: 100_000, events: 1_000_000, seed: 20261125 },
  small: { organizations: 2_000, events: 20_000, seed: 20261125 },
} as const;
export type ScaleName = keyof typeof SCALES;
