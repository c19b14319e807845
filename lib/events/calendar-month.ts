import "server-only";
import { db } from "@/lib/db/client";
import { contentFallbackChain } from "@/lib/i18n/localized";
import { monthBounds } from "./event-period";
import { summariesInOrder } from "./event-summary";
import { eventConditions, monthScope, PERIOD_END, translationJoins } from "./filter-sql";
import type { EventFilters } from "./filters";
import type { EventSummary } from "./types";

export type CalendarMonthOptions = {
  locale: string;
  month: string;
  filters?: EventFilters;
  matchedIds?: string[] | null;
};

export type CalendarMonthData = {
  /** Every event whose known period overlaps the month, whatever its precision. */
  items: EventSummary[];
  /** The nearest months before and after with a matching event, for an empty or sparse calendar. */
  earlier: string | null;
  later: string | null;
};

const MAX_EVENTS = 500;

export async function getCalendarMonth({
  locale,
  month,
  filters = {},
  matchedIds = null,
}: CalendarMonthOptions): Promise<CalendarMonthData> {
  const { first, last } = monthBounds(month);
  const [ordered, before, after] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT e.id FROM "Event" e ${translationJoins(contentFallbackChain(locale))}
      ${eventConditions(filters, monthScope(month), matchedIds)}
      ORDER BY e."startDate", ${PERIOD_END}, lower(coalesce(t1.title, t2.title, t3.title, e.slug)), e.slug
      LIMIT ${MAX_EVENTS}`,
    db.$queryRaw<{ day: string | null }[]>`
      SELECT max(${PERIOD_END})::text AS day FROM "Event" e ${eventConditions(filters, { endsBefore: first }, matchedIds)}`,
    db.$queryRaw<{ day: string | null }[]>`
      SELECT min(e."startDate")::text AS day FROM "Event" e ${eventConditions(filters, { startsAfter: last }, matchedIds)}`,
  ]);
  const monthOf = (rows: { day: string | null }[]) => rows[0]?.day?.slice(0, 7) ?? null;
  return {
    items: await summariesInOrder(
      ordered.map((r) => r.id),
      locale,
    ),
    earlier: monthOf(before),
    later: monthOf(after),
  };
}
