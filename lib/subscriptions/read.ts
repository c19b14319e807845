import "server-only";
// What the subscriptions pages show: the subscriptions an actor may manage (a global role: all; a curator: those of
// organizations in their diasporas), each with its state and how its events stand, and one subscription's events.
import { isGlobal, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";

/** Where one event of a calendar stands. */
export type ItemState = "pending" | "published" | "rejected" | "problem" | "gone";

export type SubscriptionRow = {
  id: string;
  url: string;
  locale: string;
  eventType: string;
  trusted: boolean;
  paused: boolean;
  organization: { slug: string; name: LocalizedText | null };
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  nextPollAt: Date;
  lastError: string | null;
  lastErrorAt: Date | null;
  failures: number;
  counts: Record<ItemState, number>;
};

export type SubscriptionItemRow = {
  uid: string;
  title: string | null;
  start: string | null;
  state: ItemState;
  problems: string[];
  goneSince: Date | null;
  eventSlug: string | null;
  revisionId: string | null;
};

function scopeWhere(actor: Actor) {
  if (actor.grants.some(isGlobal)) return {};
  const diasporaIds = [...new Set(actor.grants.flatMap((g) => g.diasporaIds))];
  return { organization: { diasporas: { some: { diasporaId: { in: diasporaIds } } } } };
}

const select = {
  id: true,
  url: true,
  locale: true,
  eventType: true,
  trusted: true,
  paused: true,
  lastPolledAt: true,
  lastSuccessAt: true,
  nextPollAt: true,
  lastError: true,
  lastErrorAt: true,
  failures: true,
  organization: { select: { slug: true, translations: { select: { locale: true, name: true } } } },
  items: {
    select: {
      uid: true,
      title: true,
      start: true,
      problems: true,
      goneSince: true,
      eventId: true,
      revisionId: true,
    },
  },
} as const;

type Item = { problems: string[]; goneSince: Date | null; eventId: string | null; revisionId: string | null };

function stateOf(item: Item, statuses: Map<string, string>): ItemState {
  if (item.goneSince) return "gone";
  if (item.problems.length) return "problem";
  const status = item.revisionId ? statuses.get(item.revisionId) : undefined;
  if (status === "PENDING") return "pending";
  if (status === "REJECTED" && !item.eventId) return "rejected";
  return item.eventId ? "published" : "pending";
}

async function revisionStatuses(items: Item[]): Promise<Map<string, string>> {
  const ids = items.flatMap((i) => (i.revisionId ? [i.revisionId] : []));
  if (ids.length === 0) return new Map();
  const rows = await db.revision.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
  return new Map(rows.map((r) => [r.id, r.status]));
}

function row(sub: Awaited<ReturnType<typeof readRaw>>[number], statuses: Map<string, string>, locale: string) {
  const counts: Record<ItemState, number> = { pending: 0, published: 0, rejected: 0, problem: 0, gone: 0 };
  for (const item of sub.items) counts[stateOf(item, statuses)]++;
  const { items: _items, organization, ...rest } = sub;
  return {
    ...rest,
    eventType: String(sub.eventType),
    organization: { slug: organization.slug, name: pickLocalized(organization.translations, "name", locale) },
    counts,
  };
}

function readRaw(where: object) {
  return db.calendarSubscription.findMany({ where, select, orderBy: { createdAt: "asc" } });
}

/** The subscriptions the actor may manage, oldest first. */
export async function listSubscriptions(actor: Actor, locale: string): Promise<SubscriptionRow[]> {
  const subs = await readRaw(scopeWhere(actor));
  const statuses = await revisionStatuses(subs.flatMap((s) => s.items));
  return subs.map((sub) => row(sub, statuses, locale));
}

/** One subscription the actor may manage, with its events (newest first); null when none or out of scope. */
export async function getSubscription(
  actor: Actor,
  id: string,
  locale: string,
): Promise<{ subscription: SubscriptionRow; items: SubscriptionItemRow[] } | null> {
  const [sub] = await readRaw({ id, ...scopeWhere(actor) });
  if (!sub) return null;
  const statuses = await revisionStatuses(sub.items);
  const eventIds = sub.items.flatMap((i) => (i.eventId ? [i.eventId] : []));
  const slugs = new Map(
    (await db.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, slug: true } })).map((e) => [
      e.id,
      e.slug,
    ]),
  );
  const items = sub.items
    .map((item) => ({
      uid: item.uid,
      title: item.title,
      start: item.start,
      state: stateOf(item, statuses),
      problems: item.problems,
      goneSince: item.goneSince,
      eventSlug: item.eventId ? (slugs.get(item.eventId) ?? null) : null,
      revisionId: item.revisionId,
    }))
    .sort((a, b) => (b.start ?? "").localeCompare(a.start ?? ""));
  return { subscription: row(sub, statuses, locale), items };
}
