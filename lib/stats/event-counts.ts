import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { aggregate } from "./run-query";
import { scopedEventsWhere } from "./scope-sql";
import type { StatsScope } from "./scope";
import type { Distribution, KeyCount } from "./types";

/** Events in the scope by the year they begin; undated events are `notRecorded`. Rows in year order. */
export async function countEventsByYear(scope: StatsScope): Promise<Distribution> {
  const rows = await aggregate<KeyCount>(Prisma.sql`
    SELECT extract(year FROM e."startDate")::int::text AS key, count(*)::int AS count
    FROM "Event" e ${scopedEventsWhere(scope)}
    GROUP BY 1`);
  const known = rows.filter((r): r is { key: string; count: number } => r.key !== null);
  known.sort((a, b) => Number(a.key) - Number(b.key));
  return {
    total: rows.reduce((sum, r) => sum + r.count, 0),
    rows: known,
    notRecorded: rows.find((r) => r.key === null)?.count ?? 0,
  };
}
