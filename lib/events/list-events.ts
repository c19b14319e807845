import "server-only";
import { db } from "@/lib/db/client";
import { key, orderSql, type SortKey } from "@/lib/db/keyset";
import { Prisma } from "@/lib/db/generated/client";
import { contentFallbackChain } from "@/lib/i18n/localized";
import { summariesInOrder } from "./event-summary";
import { eventConditions, PERIOD_END, translationJoins, whenScope } from "./filter-sql";
import type { EventFilters, EventWhen } from "./filters";
import type { EventSummary } from "./types";

export type ListEventsOptions = {
  locale: string;
  filters?: EventFilters;
  /** For `filters.q`: the search module's matches. */
  matchedIds?: string[] | null;
  when: EventWhen;
  /** The reference day for upcoming and past (YYYY-MM-DD): the server's date in pages, a fixed one in tests. */
  today: string;
  page: number;
  pageSize: number;
};

export type EventPage = { items: EventSummary[]; total: number; page: number; pageCount: number };

/** The list's order (also the API's, lib/api). */
export function orderKeys(when: EventWhen): SortKey[] {
  const byTitle = [
    key(Prisma.sql`lower(coalesce(t1.title, t2.title, t3.title, e.slug))`, "text", { nullable: false }),
    key(Prisma.sql`e.slug`, "text", { nullable: false }),
  ];
  // Upcoming: soonest first. Past and all: latest first, undated at the end (an undated event has no period end).
  if (when === "upcoming") return [key(Prisma.sql`e."startDate"`, "date"), key(PERIOD_END, "date"), ...byTitle];
  return [
    key(Prisma.sql`e."startDate"`, "date", { direction: "desc" }),
    key(PERIOD_END, "date", { direction: "desc", nulls: "first" }),
    ...byTitle,
  ];
}

export const orderBy = (when: EventWhen): Prisma.Sql => orderSql(orderKeys(when));

/**
 * One page of events matching the filters. Upcoming means the event's known period reaches `today`
 * (so an event under way counts); past means it ended before; undated events appear only under "all".
 */
export async function listEvents(options: ListEventsOptions): Promise<EventPage> {
  const { locale, filters = {}, matchedIds = null, when, today, page, pageSize } = options;
  const where = eventConditions(filters, whenScope(when, today), matchedIds);
  const totals = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Event" e ${where}`;
  const count = totals[0]?.count ?? 0;
  const pageCount = Math.max(1, Math.ceil(count / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const ordered = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "Event" e ${translationJoins(contentFallbackChain(locale))}
    ${where}
    ORDER BY ${orderBy(when)}
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  const items = await summariesInOrder(
    ordered.map((r) => r.id),
    locale,
  );
  return { items, total: count, page: current, pageCount };
}

/** How many events matching the filters have no date at all: they are listed only under "all". */
export async function countUndatedEvents(filters: EventFilters, matchedIds: string[] | null = null): Promise<number> {
  const where = eventConditions(filters, { undated: true }, matchedIds);
  const rows = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Event" e ${where}`;
  return rows[0]?.count ?? 0;
}
