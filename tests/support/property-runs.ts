// How many generated inputs each property tries, for Vitest's properties and Playwright's HTTP properties alike:
// 200 by default (`npm test`, run often), 1 000 in CI (.ci/run sets PROPERTY_RUNS=1000 for its `npm test`).
// CI's rerun of the integration tests on the embedded PGlite database (one connection, several times slower) runs
// 100 inputs each. PROPERTY_RUNS=<n> sets the count everywhere (e.g. 10 000 for a long local hunt).
// Plain Node, no Vitest: Playwright specs import it too.
export const DEFAULT_PROPERTY_RUNS = 200;
export const EMBEDDED_PROPERTY_RUNS = 100;

export function propertyRuns({ embeddedDatabase = false }: { embeddedDatabase?: boolean } = {}): number {
  const set = Number(process.env.PROPERTY_RUNS);
  if (Number.isInteger(set) && set > 0) return set;
  return embeddedDatabase ? EMBEDDED_PROPERTY_RUNS : DEFAULT_PROPERTY_RUNS;
}

/**
 * Inputs per HTTP property (tests/e2e/actions-http.spec.ts): half the in-process count (100 in `npm test`, 500 in CI).
 * Each input there is a round trip through the production server, about 20 ms of a 2-core machine's time, while the
 * same actions' refusals are generated at the full count in process (tests/integration/properties/actions.test.ts):
 * what HTTP adds (the transports, Origins and sessions, 28 combinations) is covered many times over at half.
 */
export function httpPropertyRuns(): number {
  return Math.ceil(propertyRuns() / 2);
}
