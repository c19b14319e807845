import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { eventConditions } from "@/lib/events/filter-sql";
import { filterConditions } from "@/lib/organizations/filter-sql";
import { eventFiltersOf, type StatsScope } from "./scope";

/**
 * `scoped`: the organizations in the scope, through the directory's own filter conditions, with only the columns
 * a statement needs (a CTE read twice is materialized: the narrower, the cheaper).
 */
export function scopedOrganizations(scope: StatsScope, columns: Prisma.Sql = Prisma.sql`o.id`): Prisma.Sql {
  return Prisma.sql`scoped AS (SELECT ${columns} FROM "Organization" o ${filterConditions(scope, null)})`;
}

/** WHERE on event `e` for the scope, through the event list's own filter conditions. */
export function scopedEventsWhere(scope: StatsScope): Prisma.Sql {
  return eventConditions(eventFiltersOf(scope), null, null);
}
