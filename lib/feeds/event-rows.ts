import "server-only";
// Events for the feeds: matching ids page by page (keyset on id, so a feed of a million events never holds more
// than a page) and the rows a feed entry needs.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { eventConditions, type EventScope } from "@/lib/events/filter-sql";
import type { EventFilters } from "@/lib/events/filters";
import { summarySelect, toSummary } from "@/lib/events/event-summary";
import type { EventSummary } from "@/lib/events/types";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";

export type FeedEvent = EventSummary & {
  id: string;
  description: LocalizedText | null;
  onlineUrl: string | null;
  createdAt: string;
  updatedAt: string;
};

const NIL_UUID = "00000000-0000-0000-0000-000000000000";

/** `where` (a WHERE clause or nothing) and one more condition. */
const and = (where: Prisma.Sql, condition: Prisma.Sql) =>
  where.sql ? Prisma.sql`${where} AND ${condition}` : Prisma.sql`WHERE ${condition}`;

/** Ids of the dated events matching the filters, in pages of `pageSize`, by ascending id. */
export async function* datedEventIdPages(
  filters: EventFilters,
  scope: EventScope,
  matchedIds: string[] | null,
  pageSize: number,
): AsyncGenerator<string[]> {
  const where = and(eventConditions(filters, scope, matchedIds), Prisma.sql`e."startDate" IS NOT NULL`);
  let after = NIL_UUID;
  for (;;) {
    const rows = await db.$queryRaw<
      { id: string }[]
    >`SELECT e.id FROM "Event" e ${and(where, Prisma.sql`e.id > ${after}::uuid`)} ORDER BY e.id LIMIT ${pageSize}`;
    if (rows.length > 0) yield rows.map((r) => r.id);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The `limit` matching events changed most recently, newest first (an Atom feed's window). */
export async function latestEventIds(
  filters: EventFilters,
  scope: EventScope,
  matchedIds: string[] | null,
  limit: number,
): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "Event" e ${eventConditions(filters, scope, matchedIds)} ORDER BY e."updatedAt" DESC, e.id DESC LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** Feed rows for ids, in the order given. */
export async function feedEvents(ids: string[], locale: string): Promise<FeedEvent[]> {
  if (ids.length === 0) return [];
  const rows = await db.event.findMany({
    where: { id: { in: ids } },
    select: {
      ...summarySelect,
      translations: { select: { locale: true, title: true, city: true, recurrence: true, description: true } },
      createdAt: true,
      updatedAt: true,
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        ...toSummary(row, locale),
        id: row.id,
        description: pickLocalized(row.translations, "description", locale),
        onlineUrl: row.onlineUrl,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      },
    ];
  });
}
