import "server-only";
import { db } from "@/lib/db/client";

/** A host country with what the atlas holds about it. */
export type HostCountryCounts = { code: string; diasporas: number; organizations: number; events: number };

/**
 * Host countries: those the atlas has something about (an organization based there, a presence or an
 * event), by ISO code, with their counts. One grouped pass over each table (docs/perf/plans/host-countries.txt):
 * at 100 000 organizations and 1 000 000 events Prisma's `some: {}` form over three relations took 20–26 s.
 * At most 249 rows.
 */
export async function hostCountryCounts(): Promise<HostCountryCounts[]> {
  return db.$queryRaw<HostCountryCounts[]>`
    WITH o AS (SELECT "countryCode" AS code, count(*)::int AS n FROM "OrganizationCountry" GROUP BY 1),
      e AS (SELECT "countryCode" AS code, count(*)::int AS n FROM "Event" WHERE "countryCode" IS NOT NULL GROUP BY 1),
      p AS (SELECT "countryCode" AS code, count(DISTINCT "diasporaId")::int AS n FROM "DiasporaPresence" GROUP BY 1)
    SELECT c.code, coalesce(p.n, 0) AS diasporas, coalesce(o.n, 0) AS organizations, coalesce(e.n, 0) AS events
    FROM "Country" c LEFT JOIN o ON o.code = c.code LEFT JOIN e ON e.code = c.code LEFT JOIN p ON p.code = c.code
    WHERE o.n IS NOT NULL OR e.n IS NOT NULL OR p.n IS NOT NULL
    ORDER BY c.code`;
}

/**
 * The host countries' codes, sorted, without counting. Scalar subqueries with LIMIT 1 are one index probe per
 * country and table; an EXISTS here is planned as a hashed subplan that reads the whole table
 * (docs/perf/plans/host-countries.txt).
 */
export async function hostCountryCodes(): Promise<string[]> {
  const rows = await db.$queryRaw<{ code: string }[]>`
    SELECT c.code FROM "Country" c
    WHERE (SELECT true FROM "OrganizationCountry" x WHERE x."countryCode" = c.code LIMIT 1)
      OR (SELECT true FROM "DiasporaPresence" x WHERE x."countryCode" = c.code LIMIT 1)
      OR (SELECT true FROM "Event" x WHERE x."countryCode" = c.code LIMIT 1)
    ORDER BY c.code`;
  return rows.map((r) => r.code);
}
