// How many generated inputs each HTTP property tries: the same setting as the Vitest properties
// (tests/support/property-runs.ts), read without Vitest. PROPERTY_RUNS=<n> sets it; otherwise 1 000 in CI and 200
// locally, where a property over HTTP takes about a second per 20 inputs.
export function httpPropertyRuns(): number {
  const set = Number(process.env.PROPERTY_RUNS);
  if (Number.isInteger(set) && set > 0) return set;
  return process.env.CI ? 1000 : 200;
}
