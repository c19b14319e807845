import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { aggregate } from "./run-query";
import { scopedOrganizations } from "./scope-sql";
import type { StatsScope } from "./scope";
import type { Distribution, KeyCount } from "./types";

export type OrganizationDimension = "country" | "diaspora" | "type" | "group" | "foundingDecade";

/**
 * Per organization, the values it is counted under (one row each), as `(organization id, value)`.
 * Written as joins from `scoped`, so PostgreSQL can hash-join the link tables instead of probing per row.
 */
const VALUES: Record<Exclude<OrganizationDimension, "foundingDecade">, Prisma.Sql> = {
  country: Prisma.sql`SELECT c."organizationId" AS id, c."countryCode"::text AS value
    FROM "OrganizationCountry" c JOIN scoped s ON s.id = c."organizationId"`,
  diaspora: Prisma.sql`SELECT od."organizationId" AS id, d.slug AS value
    FROM "OrganizationDiaspora" od JOIN "Diaspora" d ON d.id = od."diasporaId" JOIN scoped s ON s.id = od."organizationId"`,
  type: Prisma.sql`SELECT s.id, t::text AS value FROM scoped s CROSS JOIN LATERAL unnest(s.types) t`,
  group: Prisma.sql`SELECT s.id, g::text AS value FROM scoped s CROSS JOIN LATERAL unnest(s.groups) g`,
};

const COLUMNS: Record<keyof typeof VALUES, Prisma.Sql> = {
  country: Prisma.sql`o.id`,
  diaspora: Prisma.sql`o.id`,
  type: Prisma.sql`o.id, o.types`,
  group: Prisma.sql`o.id, o.groups`,
};

/**
 * How many organizations in the scope have each value of a dimension, how many have none, and how many there
 * are in all. One statement; an organization with several values is counted under each.
 */
export async function countOrganizationsBy(dimension: OrganizationDimension, scope: StatsScope): Promise<Distribution> {
  const rows =
    dimension === "foundingDecade"
      ? await aggregate<KeyCount>(Prisma.sql`
          WITH ${scopedOrganizations(scope, Prisma.sql`o."foundedYear"`)}
          SELECT ((s."foundedYear" / 10) * 10)::text AS key, count(*)::int AS count
          FROM scoped s GROUP BY 1`)
      : await aggregate<KeyCount>(Prisma.sql`
          WITH ${scopedOrganizations(scope, COLUMNS[dimension])}, v AS (${VALUES[dimension]})
          SELECT v.value AS key, count(DISTINCT v.id)::int AS count FROM v GROUP BY v.value
          UNION ALL
          SELECT NULL, count(*)::int FROM scoped s WHERE NOT EXISTS (SELECT 1 FROM v WHERE v.id = s.id)`);
  const total =
    dimension === "foundingDecade" ? rows.reduce((sum, r) => sum + r.count, 0) : await countOrganizations(scope);
  return toDistribution(rows, total);
}

export async function countOrganizations(scope: StatsScope): Promise<number> {
  const [row] = await db.$queryRaw<
    { count: number }[]
  >`WITH ${scopedOrganizations(scope)} SELECT count(*)::int AS count FROM scoped`;
  return row?.count ?? 0;
}

/** Rows with a value, largest first (ties by value); the NULL row becomes `notRecorded`. */
export function toDistribution(rows: KeyCount[], total: number): Distribution {
  const known = rows.filter((r): r is { key: string; count: number } => r.key !== null && r.count > 0);
  known.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return { total, rows: known, notRecorded: rows.find((r) => r.key === null)?.count ?? 0 };
}
