import "server-only";
// An event that came from a subscribed calendar cites the calendar (its Source) with the event's UID as the place
// in it (a news feed's item: its id), exactly as an admin's import of the same calendar does (lib/feeds/import/import-ical.ts): a later poll or
// import then finds the event by that UID. Called when a moderator approves a proposal (review-revision.ts) and when
// a trusted subscription publishes.
import type { Tx } from "@/lib/curation/kinds/types";
import { CALENDAR_FACTS } from "@/lib/feeds/import/import-ical";
import { locatorOf } from "@/lib/feeds/import/plan-import";

export async function citeCalendarEvent(
  tx: Tx,
  eventId: string,
  sourceId: string,
  uid: string,
  format: string,
): Promise<void> {
  const locator = locatorOf(format === "feed" ? "feed" : "ical", uid);
  if (await tx.eventSource.findFirst({ where: { eventId, sourceId, locator }, select: { id: true } })) return;
  const position = await tx.eventSource.count({ where: { eventId } });
  await tx.eventSource.create({
    data: { eventId, sourceId, facts: CALENDAR_FACTS, locator, position },
    select: { id: true },
  });
}

/** After approving a revision: when a subscription proposed it, the event now cites the calendar. */
export async function citeApprovedProposal(tx: Tx, revisionId: string, eventId: string): Promise<void> {
  const item = await tx.calendarSubscriptionItem.findFirst({
    where: { revisionId },
    select: { id: true, uid: true, subscription: { select: { sourceId: true, format: true } } },
  });
  if (!item) return;
  await tx.calendarSubscriptionItem.update({ where: { id: item.id }, data: { eventId }, select: { id: true } });
  await citeCalendarEvent(tx, eventId, item.subscription.sourceId, item.uid, item.subscription.format);
}
