// How many generated inputs each property tries. 1 000 on PostgreSQL (`npm test`). CI reruns the integration
// tests on the embedded PGlite database (one connection, several times slower): there the properties run 100
// inputs each unless PROPERTY_RUNS says otherwise. PROPERTY_RUNS=<n> sets the count everywhere (e.g. 10 000 for a
// long local hunt).
import { inject } from "vitest";

export function propertyRuns(): number {
  const set = Number(process.env.PROPERTY_RUNS);
  if (Number.isInteger(set) && set > 0) return set;
  return inject("databaseKind") === "embedded" ? 100 : 1000;
}
