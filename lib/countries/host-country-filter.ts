import "server-only";
import { db } from "@/lib/db/client";
import { DEFAULT_CATEGORY } from "@/lib/organizations/filters";

/**
 * A host country with what the atlas holds about it. `organizations` counts diaspora organizations, as the list
 * filtered by the country does; a country where only related institutions are based is still listed (with 0).
 */
export type HostCountryCounts = { code: string; diasporas: number; organizations: number; events: number };

/**
 * Host countries: those the atlas has something about (an organization based there, a presence or an
 * event), by ISO code, with their counts. One grouped pass over each table (docs/perf/plans/host-countries.txt):
 * at 100 000 organizations and 1 000 000 events Prisma's `some: {}` form over three relations took 20–26 s.
 * At most 249 rows.
 */
export async function hostCountryCounts(): Promise<HostCountryCounts[]> {
  return db.$queryRaw<HostCountryCounts[]>`
    WITH o AS (
        SELECT c."countryCode" AS code, count(*) FILTER (WHERE g.category = ${DEFAULT_CATEGORY}::"OrganizationCategory")::int AS n
        FROM "OrganizationCountry" c JOIN "Organization" g ON g.id = c."organizationId" GROUP BY 1
      ),
      e AS (SELECT "countryCode" AS code, count(*)::int AS n FROM "Event" WHERE "countryCode" IS NOT NULL GROUP BY 1),
      p AS (SELECT "countryCode" AS code, count(DISTINCT "diasporaId")::int AS n FROM "DiasporaPresence" GROUP BY 1)
    SELECT c.code, coalesce(p.n, 0) AS diasporas, coalesce(o.n, 0) AS organizations, coalesce(e.n, 0) AS events
    FROM "Country" c LEFT JOIN o ON o.code = c.code LEFT JOIN e ON e.code = c.code LEFT JOIN p ON p.code = c.code
    WHERE o.n IS NOT NULL OR e.n IS NOT NULL OR p.n IS NOT NULL
    ORDER BY c.code`;
}

/**
 * The host countries' codes, sorted, without counting. Each table's distinct codes are read by a "loose index
 * scan" (one probe of its "…_countryCode_idx" per code found), so the cost follows the number of countries, not
 * of events. Simpler forms fail at 1 000 000 events (docs/perf/plans/host-countries.txt): Prisma's `some: {}`
 * and EXISTS become hashed subplans over the whole table, and a per-country `LIMIT 1` probe is planned as a
 * sequential scan that reads every event for each country without events.
 */
export async function hostCountryCodes(): Promise<string[]> {
  const rows = await db.$queryRaw<{ code: string }[]>`
    WITH RECURSIVE o AS (
        SELECT min("countryCode") AS code FROM "OrganizationCountry"
        UNION ALL SELECT (SELECT min(x."countryCode") FROM "OrganizationCountry" x WHERE x."countryCode" > o.code) FROM o WHERE o.code IS NOT NULL
      ), e AS (
        SELECT min("countryCode") AS code FROM "Event"
        UNION ALL SELECT (SELECT min(x."countryCode") FROM "Event" x WHERE x."countryCode" > e.code) FROM e WHERE e.code IS NOT NULL
      )
    SELECT code::text FROM o WHERE code IS NOT NULL
    UNION SELECT code::text FROM e WHERE code IS NOT NULL
    UNION SELECT "countryCode"::text FROM "DiasporaPresence"
    ORDER BY code`;
  return rows.map((r) => r.code);
}
