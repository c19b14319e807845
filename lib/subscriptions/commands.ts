import "server-only";
// What curators and admins do with calendar subscriptions, called by the server actions in ./actions.ts. A curator
// may subscribe, poll, pause and remove the calendars of organizations in their diasporas (manage:subscription,
// scoped by the organization's diasporas); only an admin marks one trusted (trust:subscription), so that its events
// are published without review. Every command validates, checks the permission (a refusal is audited) and writes an
// audit row. Subscribing reads the calendar once, so an address that does not answer with a calendar is refused at
// once with the reason, and creates the calendar's Source (shared with an admin's import of the same address).
import { z } from "zod";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit, type AuditAction } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { EventType } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { todayIso } from "@/lib/events/event-period";
import { FetchRefused, fetchCalendar, fetchableUrl } from "@/lib/feeds/import/fetch-calendar";
import { calendarSourceId } from "@/lib/feeds/import/import-ical";
import { CalendarError } from "@/lib/feeds/import/parse-calendar";
import { parseCalendarOrFeed } from "@/lib/feeds/import/parse-feed";
import { importSource } from "@/lib/feeds/import/plan-import";
import { locales } from "@/lib/i18n/routing";
import { jobRunner } from "@/lib/jobs/app-runner";
import { JOB_SCHEMA } from "@/lib/jobs/runner";

type Values = Record<string, string | string[]>;
export type SubscriptionContext = { ipAddress?: string | null };
export type SubscriptionResult =
  { ok: true; id: string; events?: number } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

export const POLL_JOB = "poll-calendar";

/** The fetch settings of every subscription's read: the test-only loopback ports, when set (lib/env.ts). */
export const subscriptionFetch = () => ({ loopbackPorts: env.TEST_FETCH_LOOPBACK_PORTS });

export const createSubscriptionSchema = z.object({
  organizationId: z.uuid("chooseOrganization"),
  url: z
    .string("url")
    .trim()
    .max(2000, "url")
    .refine((value) => fetchableUrl(value) !== null, "url"),
  locale: z.enum(locales, "invalid"),
  eventType: z.enum(EventType, "invalid"),
});
const idSchema = z.object({ id: z.uuid("unknownSubscription") });
const switchSchema = idSchema.extend({ on: z.enum(["0", "1"], "invalid") });

/** The subscription's organization and diasporas, for the scope check; null when there is no such subscription. */
async function scopeOf(id: string) {
  const sub = await db.calendarSubscription.findUnique({
    where: { id },
    select: {
      id: true,
      url: true,
      organizationId: true,
      organization: { select: { diasporas: { select: { diasporaId: true } } } },
    },
  });
  return sub && { ...sub, diasporaIds: sub.organization.diasporas.map((d) => d.diasporaId) };
}

async function audit(actor: Actor, action: AuditAction, id: string, context: SubscriptionContext, details: object) {
  await recordAudit({
    action,
    actorId: actor.userId,
    actorEmail: actor.email,
    targetType: "subscription",
    targetId: id,
    ipAddress: context.ipAddress,
    details,
  });
}

/** Queues a poll of the subscription, unless one is already waiting or running. False when one was. */
async function queuePoll(id: string): Promise<boolean> {
  const [{ pending } = { pending: 0 }] = await db.$queryRawUnsafe<{ pending: number }[]>(
    `SELECT count(*)::int AS pending FROM ${JOB_SCHEMA}.job
      WHERE name = $1 AND data->>'subscriptionId' = $2 AND state IN ('created', 'retry', 'active')`,
    POLL_JOB,
    id,
  );
  if (pending > 0) return false;
  const { boss } = await jobRunner();
  await boss.send(POLL_JOB, { subscriptionId: id });
  return true;
}

export async function createSubscription(
  actor: Actor | null,
  values: Values,
  context: SubscriptionContext,
): Promise<SubscriptionResult> {
  const parsed = createSubscriptionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  const form = parsed.data;
  const organization = await db.organization.findUnique({
    where: { id: form.organizationId },
    select: { id: true, slug: true, diasporas: { select: { diasporaId: true } } },
  });
  if (!organization) return { ok: false, fieldErrors: { organizationId: ["unknownReference"] } };
  await assertCan(
    actor,
    "manage:subscription",
    { type: "organization", id: organization.id, diasporaIds: organization.diasporas.map((d) => d.diasporaId) },
    context,
  );
  const url = fetchableUrl(form.url)!.toString();
  if (await db.calendarSubscription.count({ where: { organizationId: organization.id, url } }))
    return { ok: false, fieldErrors: { url: ["alreadySubscribed"] } };
  let calendar;
  try {
    calendar = parseCalendarOrFeed((await fetchCalendar(url, subscriptionFetch())).text);
  } catch (error) {
    if (error instanceof FetchRefused || error instanceof CalendarError)
      return { ok: false, fieldErrors: { url: [error.code] } };
    throw error;
  }
  const planned = importSource(calendar, { url, fileName: null });
  const id = await db.$transaction(async (tx) => {
    const existing = await tx.source.findUnique({ where: { key: planned.key }, select: { id: true } });
    const sourceId = await calendarSourceId(
      tx,
      { ...planned, id: existing?.id ?? null },
      actor!,
      todayIso(),
      calendar.format === "feed" ? "News feed subscription" : "Calendar subscription",
      calendar.format === "feed" ? "RSS/Atom" : "iCalendar",
    );
    const created = await tx.calendarSubscription.create({
      data: {
        organizationId: organization.id,
        url,
        format: calendar.format ?? "ical",
        locale: form.locale,
        eventType: form.eventType,
        sourceId,
        createdById: actor!.userId,
      },
      select: { id: true },
    });
    return created.id;
  });
  await audit(actor!, "subscription.created", id, context, {
    organization: organization.slug,
    url,
    events: calendar.events.length,
  });
  // The first read now; should the queue be down, the scheduled round finds it due.
  await queuePoll(id).catch(() => false);
  return { ok: true, id, events: calendar.events.length };
}

type Subscription = NonNullable<Awaited<ReturnType<typeof scopeOf>>>;
type Command = (actor: Actor | null, values: Values, context: SubscriptionContext) => Promise<SubscriptionResult>;

/**
 * A command on one subscription: the form parsed, the subscription found (else "unknownSubscription"), the actor
 * checked against its organization's diasporas (a refusal is audited and thrown), then `run`, which audits itself.
 */
function onSubscription<T extends { id: string }>(
  schema: z.ZodType<T>,
  permission: "manage:subscription" | "trust:subscription",
  run: (actor: Actor, sub: Subscription, data: T, context: SubscriptionContext) => Promise<SubscriptionResult>,
): Command {
  return async (actor, values, context) => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
    const sub = await scopeOf(parsed.data.id);
    if (!sub) return { ok: false, fieldErrors: {}, formError: "unknownSubscription" };
    await assertCan(actor, permission, { type: "subscription", id: sub.id, diasporaIds: sub.diasporaIds }, context);
    return run(actor!, sub, parsed.data, context);
  };
}

/** Queues a read now, unless one is already waiting or running. */
export const pollSubscriptionNow = onSubscription(
  idSchema,
  "manage:subscription",
  async (actor, sub, _data, context) => {
    if (!(await queuePoll(sub.id))) return { ok: false, fieldErrors: {}, formError: "alreadyPending" };
    await audit(actor, "subscription.poll_requested", sub.id, context, { url: sub.url });
    return { ok: true, id: sub.id };
  },
);

/** Pauses the reads, or resumes them (read at the next round). */
export const pauseSubscription = onSubscription(
  switchSchema,
  "manage:subscription",
  async (actor, sub, data, context) => {
    const paused = data.on === "1";
    await db.calendarSubscription.update({
      where: { id: sub.id },
      data: { paused, ...(paused ? {} : { nextPollAt: new Date() }) },
      select: { id: true },
    });
    await audit(actor, paused ? "subscription.paused" : "subscription.resumed", sub.id, context, { url: sub.url });
    return { ok: true, id: sub.id };
  },
);

/** An admin's choice: a trusted subscription's events are published without review. */
export const trustSubscription = onSubscription(
  switchSchema,
  "trust:subscription",
  async (actor, sub, data, context) => {
    const trusted = data.on === "1";
    await db.calendarSubscription.update({ where: { id: sub.id }, data: { trusted }, select: { id: true } });
    await audit(actor, trusted ? "subscription.trusted" : "subscription.untrusted", sub.id, context, { url: sub.url });
    return { ok: true, id: sub.id };
  },
);

/**
 * Removes the subscription and its items; the events and the calendar's Source stay, with their citations. Its
 * proposals still waiting for review are withdrawn (superseded): once the calendar is no longer followed, nothing
 * would cite it on approval.
 */
export const deleteSubscription = onSubscription(
  idSchema,
  "manage:subscription",
  async (actor, sub, _data, context) => {
    const withdrawn = await db.$transaction(async (tx) => {
      const items = await tx.calendarSubscriptionItem.findMany({
        where: { subscriptionId: sub.id, revisionId: { not: null } },
        select: { revisionId: true },
      });
      const { count } = await tx.revision.updateMany({
        where: { id: { in: items.map((i) => i.revisionId!) }, status: "PENDING" },
        data: { status: "SUPERSEDED" },
      });
      await tx.calendarSubscription.delete({ where: { id: sub.id }, select: { id: true } });
      return count;
    });
    await audit(actor, "subscription.deleted", sub.id, context, { url: sub.url, withdrawn });
    return { ok: true, id: sub.id };
  },
);
