import "server-only";
// Reading a subscribed calendar (issue #14, item 2). The calendar is fetched through the import's guarded fetch
// (public addresses only, redirects checked, size and time limits) with the validators of the last answer, so an
// unchanged calendar costs a 304; then planned exactly as an admin's import is (lib/feeds/import/plan-import.ts:
// matched by UID, checked by the event form's schema). Each event is an item of the subscription, keyed by its UID:
// its feed fields are hashed, and only a new or changed hash proposes anything, so a rejected proposal is not made
// again until the calendar changes it. A proposal is a pending revision by the subscriber that a moderator reviews
// (approving it cites the calendar: ./cite.ts); a trusted subscription publishes directly, audited. Events that
// leave the calendar are flagged on their item, never deleted. A failed fetch is recorded on the subscription
// (its last error) and the next poll waits longer, and at least as long as a Retry-After asked.
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { expireTagsInBackground } from "@/lib/cache/expire-in-background";
import { importedTags } from "@/lib/curation/kinds/imported-tags";
import type { Database } from "@/lib/db/connect";
import type { Prisma } from "@/lib/db/generated/client";
import { eventKind } from "@/lib/events/kind";
import type { EventSnapshot } from "@/lib/events/schema";
import { FetchRefused, fetchCalendar, type FetchOptions } from "@/lib/feeds/import/fetch-calendar";
import { CalendarError, type CalendarEvent } from "@/lib/feeds/import/parse-calendar";
import { parseCalendarOrFeed } from "@/lib/feeds/import/parse-feed";
import { planImport, type PlannedRow } from "@/lib/feeds/import/plan-import";
import { citeCalendarEvent } from "./cite";

const HOUR = 3600_000;
/** How long a read holds its subscription: longer than any read takes (10 s fetch, at most 500 events). */
const CLAIM_MS = 15 * 60_000;
/** The longest a failing subscription waits between attempts. */
const MAX_BACKOFF_MS = 7 * 24 * HOUR;

export type PollSettings = {
  /** SUBSCRIPTIONS_POLL_HOURS. */
  intervalHours: number;
  fetch?: FetchOptions;
  now?: () => Date;
};

export type PollReport = {
  outcome: "read" | "notModified" | "failed" | "skipped";
  /** Events proposed for review (pending revisions), and events published directly (trusted). */
  proposed: number;
  published: number;
  unchanged: number;
  rejected: number;
  /** Items that left the calendar in this poll. */
  gone: number;
  error?: string;
};

const emptyReport = (outcome: PollReport["outcome"]): PollReport => ({
  outcome,
  proposed: 0,
  published: 0,
  unchanged: 0,
  rejected: 0,
  gone: 0,
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The calendar's own fields of one event: a new hash is a change worth proposing. */
export function contentHash(event: CalendarEvent): string {
  const { summary, description, location, url, categories, start, end } = event;
  return sha256(JSON.stringify([summary, description, location, url, categories, start, end]));
}

/** When to poll after `failures` failures in a row: the interval, doubled per failure, at most a week. */
export function nextPollDelay(intervalHours: number, failures: number, retryAfterSeconds: number | null): number {
  const base = Math.min(intervalHours * HOUR * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
  return Math.max(base, Math.min((retryAfterSeconds ?? 0) * 1000, MAX_BACKOFF_MS));
}

type Subscription = NonNullable<Awaited<ReturnType<typeof loadSubscription>>>;

function loadSubscription(client: Database, id: string) {
  return client.calendarSubscription.findUnique({
    where: { id },
    select: {
      id: true,
      url: true,
      locale: true,
      eventType: true,
      trusted: true,
      paused: true,
      sourceId: true,
      createdById: true,
      etag: true,
      lastModified: true,
      bodyHash: true,
      failures: true,
      organizationId: true,
      source: { select: { key: true } },
      organization: { select: { diasporas: { select: { diasporaId: true } } } },
    },
  });
}

async function recordFailure(
  client: Database,
  sub: Subscription,
  code: string,
  retryAfter: number | null,
  now: Date,
  settings: PollSettings,
) {
  const failures = sub.failures + 1;
  await client.calendarSubscription.update({
    where: { id: sub.id },
    data: {
      lastPolledAt: now,
      lastError: code,
      lastErrorAt: now,
      failures,
      nextPollAt: new Date(now.getTime() + nextPollDelay(settings.intervalHours, failures, retryAfter)),
    },
    select: { id: true },
  });
  return { ...emptyReport("failed"), error: code };
}

/** A revision proposed (or, trusted, published) from one planned row; returns the revision and the event if published. */
async function propose(
  tx: Prisma.TransactionClient,
  sub: Subscription,
  row: PlannedRow,
  previousRevisionId: string | null,
  format: "ical" | "feed",
): Promise<{ revisionId: string; eventId: string | null }> {
  const snapshot = row.snapshot as EventSnapshot;
  if (previousRevisionId)
    await tx.revision.updateMany({
      where: { id: previousRevisionId, status: "PENDING" },
      data: { status: "SUPERSEDED" },
    });
  const before = row.eventId ? await eventKind.load(tx, row.eventId) : null;
  const scope = [...new Set([...(before ? eventKind.scope(before.snapshot) : []), ...eventKind.scope(snapshot)])];
  const diasporaIds = scope.length ? scope : sub.organization.diasporas.map((d) => d.diasporaId);
  let eventId: string | null = null;
  if (sub.trusted) {
    eventId =
      row.action === "create"
        ? await eventKind.create(tx, snapshot)
        : (await eventKind.update(tx, row.eventId!, row.baseVersion, snapshot), row.eventId!);
  }
  const revision = await tx.revision.create({
    data: {
      entityType: eventKind.type,
      entityId: eventId ?? row.eventId,
      status: sub.trusted ? "APPROVED" : "PENDING",
      snapshot: snapshot as object,
      baseVersion: row.baseVersion,
      diasporaIds,
      authorId: sub.createdById,
      reviewedAt: sub.trusted ? new Date() : null,
      comment: `${sub.trusted ? "Trusted " : ""}${format === "feed" ? "news feed" : "calendar"} subscription: ${sub.url}`,
    },
    select: { id: true },
  });
  if (eventId) await citeCalendarEvent(tx, eventId, sub.sourceId, row.uid!, format);
  return { revisionId: revision.id, eventId };
}

/**
 * Polls one subscription now. Fetch and parse failures are recorded on it (and returned); a database error is
 * thrown, so the job that called it is retried.
 */
export async function pollSubscription(client: Database, id: string, settings: PollSettings): Promise<PollReport> {
  const now = (settings.now ?? (() => new Date()))();
  // One read at a time: a scheduled round and a "read now" may both ask; the second skips. A claim left by a
  // worker that died runs out after CLAIM_MS.
  const claim = await client.calendarSubscription.updateMany({
    where: { id, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
    data: { claimedUntil: new Date(now.getTime() + CLAIM_MS) },
  });
  if (claim.count === 0) return emptyReport("skipped");
  try {
    return await pollClaimed(client, id, settings, now);
  } finally {
    await client.calendarSubscription.updateMany({ where: { id }, data: { claimedUntil: null } });
  }
}

async function pollClaimed(client: Database, id: string, settings: PollSettings, now: Date): Promise<PollReport> {
  const sub = await loadSubscription(client, id);
  if (!sub) return emptyReport("skipped");
  const fresh = {
    lastPolledAt: now,
    lastSuccessAt: now,
    lastError: null,
    lastErrorAt: null,
    failures: 0,
    nextPollAt: new Date(now.getTime() + nextPollDelay(settings.intervalHours, 0, null)),
  };

  let fetched;
  try {
    fetched = await fetchCalendar(sub.url, {
      ...settings.fetch,
      validators: sub.bodyHash ? { etag: sub.etag, lastModified: sub.lastModified } : undefined,
    });
  } catch (error) {
    if (error instanceof FetchRefused)
      return recordFailure(client, sub, error.code, error.retryAfterSeconds, now, settings);
    throw error;
  }
  const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  const bodyHash = fetched.notModified ? sub.bodyHash : sha256(fetched.text);
  if (fetched.notModified || bodyHash === sub.bodyHash) {
    await client.calendarSubscription.update({
      where: { id: sub.id },
      data: { ...fresh, ...(fetched.notModified ? {} : validators) },
      select: { id: true },
    });
    return emptyReport("notModified");
  }

  let calendar;
  try {
    calendar = parseCalendarOrFeed(fetched.text);
  } catch (error) {
    if (error instanceof CalendarError) return recordFailure(client, sub, error.code, null, now, settings);
    throw error;
  }
  const diasporaIds = sub.organization.diasporas.map((d) => d.diasporaId);
  const plan = await planImport(
    calendar,
    { url: sub.url, fileName: null },
    { locale: sub.locale, type: sub.eventType, diasporaIds, organizerIds: [sub.organizationId] },
    client,
  );
  const report = emptyReport("read");
  const published: string[] = [];
  const items = new Map(
    (
      await client.calendarSubscriptionItem.findMany({
        where: { subscriptionId: sub.id },
        select: { id: true, uid: true, contentHash: true, revisionId: true, goneSince: true },
      })
    ).map((item) => [item.uid, item]),
  );
  const seen = new Set<string>();
  for (const [i, row] of plan.rows.entries()) {
    const event = calendar.events[i]!;
    // Without a UID an event cannot be followed from one poll to the next (the plan rejects it: noUid).
    if (!row.uid || seen.has(row.uid)) {
      report.rejected++;
      continue;
    }
    seen.add(row.uid);
    const item = items.get(row.uid);
    const hash = contentHash(event);
    const base = { title: row.title?.slice(0, 300) ?? null, start: row.start, lastSeenAt: now, goneSince: null };
    const key = { subscriptionId_uid: { subscriptionId: sub.id, uid: row.uid } };
    if (row.action === "reject") {
      report.rejected++;
      const problems = [...new Set(row.reasons.map((r) => r.code))];
      await client.calendarSubscriptionItem.upsert({
        where: key,
        create: { subscriptionId: sub.id, uid: row.uid, ...base, problems },
        update: { ...base, problems },
        select: { id: true },
      });
      continue;
    }
    if (row.action === "unchanged" || item?.contentHash === hash) {
      report.unchanged++;
      // The published event already says what the calendar says: this version of it is accounted for.
      const data = { ...base, problems: [], contentHash: hash, ...(row.eventId ? { eventId: row.eventId } : {}) };
      await client.calendarSubscriptionItem.upsert({
        where: key,
        create: { subscriptionId: sub.id, uid: row.uid, ...data },
        update: data,
        select: { id: true },
      });
      continue;
    }
    await client.$transaction(async (tx) => {
      const { revisionId, eventId } = await propose(tx, sub, row, item?.revisionId ?? null, calendar.format ?? "ical");
      const data = {
        ...base,
        problems: [],
        contentHash: hash,
        revisionId,
        ...((eventId ?? row.eventId) ? { eventId: eventId ?? row.eventId } : {}),
      };
      await tx.calendarSubscriptionItem.upsert({
        where: key,
        create: { subscriptionId: sub.id, uid: row.uid!, ...data },
        update: data,
        select: { id: true },
      });
    });
    if (sub.trusted) {
      report.published++;
      if (row.slug) published.push(row.slug);
    } else report.proposed++;
  }
  const gone = [...items.values()].filter((item) => !seen.has(item.uid) && !item.goneSince).map((item) => item.id);
  if (gone.length)
    await client.calendarSubscriptionItem.updateMany({ where: { id: { in: gone } }, data: { goneSince: now } });
  report.gone = gone.length;
  await client.calendarSubscription.update({
    where: { id: sub.id },
    data: { ...fresh, ...validators, bodyHash, format: calendar.format ?? "ical", lastReport: report as object },
    select: { id: true },
  });
  if (published.length) {
    await recordAudit({
      action: "subscription.published",
      actorId: null,
      targetType: "subscription",
      targetId: sub.id,
      details: { url: sub.url, sourceKey: sub.source.key, published: report.published, slugs: published.slice(0, 50) },
    });
    await expireTagsInBackground(await importedTags(client, "event", published, sub.source.key));
  }
  return report;
}

/** Polls every subscription that is due and not paused, one after the other; returns how each went. */
export async function pollDueSubscriptions(client: Database, settings: PollSettings) {
  const now = (settings.now ?? (() => new Date()))();
  const due = await client.calendarSubscription.findMany({
    where: { paused: false, nextPollAt: { lte: now } },
    orderBy: { nextPollAt: "asc" },
    take: 100,
    select: { id: true },
  });
  const counts = { polled: 0, failed: 0, proposed: 0, published: 0 };
  for (const { id } of due) {
    const report = await pollSubscription(client, id, settings);
    counts.polled++;
    if (report.outcome === "failed") counts.failed++;
    counts.proposed += report.proposed;
    counts.published += report.published;
  }
  return counts;
}
