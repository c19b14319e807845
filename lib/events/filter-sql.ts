import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { monthBounds } from "./event-period";
import type { EventFilters, EventWhen } from "./filters";

export type FilterKey = keyof EventFilters;

/**
 * The last day event `alias` may cover (its end, or its start), widened to the end of the month or year when
 * the date is known only to that precision; NULL for an undated event. Mirrors periodEnd() in event-period.ts.
 * The index "Event_periodEnd_idx" holds the same expression.
 */
const periodEnd = (alias: string) => {
  const a = Prisma.raw(alias);
  return Prisma.sql`(CASE ${a}."datePrecision"
  WHEN 'YEAR' THEN (date_trunc('year', coalesce(${a}."endDate", ${a}."startDate")::timestamp) + interval '1 year' - interval '1 day')::date
  WHEN 'MONTH' THEN (date_trunc('month', coalesce(${a}."endDate", ${a}."startDate")::timestamp) + interval '1 month' - interval '1 day')::date
  ELSE coalesce(${a}."endDate", ${a}."startDate") END)`;
};

export const PERIOD_END = periodEnd("e");

/**
 * The event's known period as a date range, for the partial GiST index "Event_period_idx" (its expression must
 * stay identical to the migration's; a query must also say "startDate" IS NOT NULL to use it).
 */
const period = (alias: string) =>
  Prisma.sql`daterange(${Prisma.raw(alias)}."startDate", greatest(${Prisma.raw(alias)}."startDate", ${periodEnd(alias)}), '[]')`;

/**
 * Which stretch of time a query covers, as bounds on an event's known period (all optional, combined with AND).
 * Build it with whenScope() or monthScope().
 */
export type EventScope = {
  endsOnOrAfter?: string;
  endsBefore?: string;
  startsOnOrBefore?: string;
  startsAfter?: string;
  undated?: boolean;
};

/** Upcoming: the known period reaches `today` (an event under way counts); past: it ended before. */
export function whenScope(when: EventWhen, today: string): EventScope {
  if (when === "upcoming") return { endsOnOrAfter: today };
  if (when === "past") return { endsBefore: today };
  return {};
}

/** Every event whose known period overlaps the month. */
export function monthScope(month: string): EventScope {
  const { first, last } = monthBounds(month);
  return { endsOnOrAfter: first, startsOnOrBefore: last };
}

/**
 * A redundant lower bound on the start of every event that ends on or after `day`: such an event starts on or
 * after `day`, or it is under way on `day` (found through the GiST index). The list's "startDate" index scan
 * then begins there instead of reading every earlier event (docs/perf/plans/events.txt). Implied by
 * `${PERIOD_END} >= day` because the database checks that an event never ends before it starts.
 */
function startsNotBefore(day: string): Prisma.Sql {
  // OFFSET 0 keeps the planner from turning min() into a "startDate" index scan that filters every event.
  return Prisma.sql`e."startDate" >= least(${day}::date, (SELECT min(u."startDate") FROM
    (SELECT x."startDate" FROM "Event" x
      WHERE x."startDate" IS NOT NULL AND ${period("x")} && daterange(${day}::date, ${day}::date, '[]') OFFSET 0) u))`;
}

function scopeConditions(scope: EventScope | null): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (!scope) return parts;
  if (scope.undated) parts.push(Prisma.sql`e."startDate" IS NULL`);
  if (scope.endsOnOrAfter)
    parts.push(Prisma.sql`${PERIOD_END} >= ${scope.endsOnOrAfter}::date`, startsNotBefore(scope.endsOnOrAfter));
  if (scope.endsBefore) {
    // Implied (the database checks that an event ends on or after its start), and it lets the past list
    // start its "startDate" DESC index scan at the day instead of reading every later event first.
    parts.push(
      Prisma.sql`${PERIOD_END} < ${scope.endsBefore}::date`,
      Prisma.sql`e."startDate" < ${scope.endsBefore}::date`,
    );
  }
  if (scope.startsOnOrBefore) parts.push(Prisma.sql`e."startDate" <= ${scope.startsOnOrBefore}::date`);
  if (scope.startsAfter) parts.push(Prisma.sql`e."startDate" > ${scope.startsAfter}::date`);
  return parts;
}

/**
 * SQL conditions on event `e` for the scope and each active filter; `except` leaves one filter out (for its
 * facet counts). A date range matches every event whose known period overlaps it, so "2013" matches
 * from=2013-06-01. `q` arrives as the search module's ranked ids.
 */
export function eventConditions(
  filters: EventFilters,
  scope: EventScope | null,
  matchedIds: string[] | null,
  except?: FilterKey,
): Prisma.Sql {
  const parts = scopeConditions(scope);
  const on = (key: FilterKey) => key !== except && filters[key] !== undefined;
  if (matchedIds && except !== "q") parts.push(Prisma.sql`e.id = ANY(${matchedIds}::uuid[])`);
  if (on("from")) parts.push(Prisma.sql`${PERIOD_END} >= ${filters.from}::date`, startsNotBefore(filters.from!));
  if (on("to")) parts.push(Prisma.sql`e."startDate" <= ${filters.to}::date`);
  if (on("country")) parts.push(Prisma.sql`e."countryCode" = ${filters.country}`);
  if (on("type")) parts.push(Prisma.sql`e.type = ${filters.type}::"EventType"`);
  if (on("city")) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "EventTranslation" f WHERE f."eventId" = e.id AND lower(f.city) = lower(${filters.city}))`,
    );
  }
  if (on("diaspora")) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventDiaspora" f JOIN "Diaspora" d ON d.id = f."diasporaId"
      WHERE f."eventId" = e.id AND d.slug = ${filters.diaspora})`);
  }
  if (on("organization")) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventOrganizer" f JOIN "Organization" o ON o.id = f."organizationId"
      WHERE f."eventId" = e.id AND o.slug = ${filters.organization})`);
  }
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** Joins t1..t3: the event's translations along the content fallback chain. */
export function translationJoins(chain: string[]): Prisma.Sql {
  const [first, second = first, third = second] = chain;
  return Prisma.sql`
    LEFT JOIN "EventTranslation" t1 ON t1."eventId" = e.id AND t1.locale = ${first}
    LEFT JOIN "EventTranslation" t2 ON t2."eventId" = e.id AND t2.locale = ${second}
    LEFT JOIN "EventTranslation" t3 ON t3."eventId" = e.id AND t3.locale = ${third}`;
}
