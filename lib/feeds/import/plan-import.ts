import "server-only";
// The dry run of an iCalendar import: for each event in the file, what the real run will do and why. An event is
// matched to a published one by its UID — our own UIDs ("<uuid>@diaspora-atlas", from our feeds) name the event,
// and an event imported before carries its UID in the citation's locator ("iCalendar UID: …"; RFC 5545 makes UIDs
// globally unique). A matched event is updated (its texts in the import's language and its dates; diasporas,
// organizers and other languages stay), or left alone when nothing changed; anything else is created. Every
// candidate goes through the event form's own schema and reference checks, so an import can store nothing a
// curator could not. The plan's hash lets the real run refuse when the outcome changed since the dry run.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { EventType } from "@/lib/db/generated/enums";
import { diffFlat, type FieldChange } from "@/lib/curation/diff";
import type { EventSnapshot } from "@/lib/events/schema";
import { eventKind } from "@/lib/events/kind";
import type { FormValues, Stored, Tx } from "@/lib/curation/kinds/types";
import type { CalendarEvent, ParsedCalendar } from "./parse-calendar";
import { slugFromTitle } from "./slug";

export type ImportSettings = {
  /** The language the calendar's texts are in. */
  locale: string;
  /** The type of events whose categories name none of ours. */
  type: EventType;
  /** Diasporas of new events. */
  diasporaIds: string[];
  /** Organizers of new events (a subscription's organization); none when absent. */
  organizerIds?: string[];
};

/** Where the calendar came from: the address fetched, or the uploaded file's name. */
export type ImportOrigin = { url: string | null; fileName: string | null };

export type PlanAction = "create" | "update" | "unchanged" | "reject";
export type PlanReason = { field?: string; code: string };

export type PlanRow = {
  index: number;
  uid: string | null;
  title: string | null;
  start: string | null;
  end: string | null;
  action: PlanAction;
  reasons: PlanReason[];
  slug: string | null;
  /** The published event an update or an unchanged row refers to. */
  eventId: string | null;
  changes: FieldChange[];
};

export type PlannedRow = PlanRow & { snapshot: EventSnapshot | null; baseVersion: number };

export type PlanSource = { key: string; title: string; url: string | null; id: string | null };

export type ImportPlan = {
  source: PlanSource;
  rows: PlannedRow[];
  counts: Record<PlanAction, number>;
  /** SHA-256 of what the real run would write. */
  hash: string;
};

export const UID_LOCATOR = "iCalendar UID: ";
/** A news feed's item (RSS guid, Atom id, else its link), as a citation's place in the feed. */
export const FEED_ITEM_LOCATOR = "Feed item: ";

/** The citation's locator of an event of a calendar or a feed. */
export function locatorOf(format: ParsedCalendar["format"], uid: string): string {
  return `${format === "feed" ? FEED_ITEM_LOCATOR : UID_LOCATOR}${uid}`;
}
const OWN_UID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@diaspora-atlas$/i;
const CITY_MAX = 120;

/** The Source every event of this calendar cites: keyed by the calendar's address, or its name or file name. */
export function importSource(calendar: ParsedCalendar, origin: ImportOrigin): Omit<PlanSource, "id"> {
  const identity = origin.url ?? calendar.name ?? origin.fileName ?? "calendar";
  const key = `ical-${createHash("sha256").update(identity).digest("hex").slice(0, 12)}`;
  const host = origin.url ? new URL(origin.url).host : null;
  return { key, title: (calendar.name ?? host ?? origin.fileName ?? key).slice(0, 500), url: origin.url };
}

/** Our event type named by one of the calendar's categories ("Festival", "CONFERENCE", "cultural days"). */
function typeFromCategories(categories: string[]): EventType | null {
  const names = new Set(Object.values(EventType) as string[]);
  for (const category of categories) {
    const name = category
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, "_");
    if (names.has(name)) return name as EventType;
  }
  return null;
}

/** The texts a calendar event gives, in the import's language: title, description (with the long location and the link), city. */
function texts(event: CalendarEvent) {
  const city = event.location && event.location.length <= CITY_MAX ? event.location : null;
  const extra = [event.location && !city ? event.location : null, event.url].filter(Boolean);
  const description = [event.description, ...extra].filter(Boolean).join("\n\n") || null;
  return { title: event.summary, description, city };
}

async function matchedEvents(client: Tx, events: CalendarEvent[]): Promise<Map<string, string>> {
  const uids = events.flatMap((e) => (e.uid ? [e.uid] : []));
  const matched = new Map<string, string>();
  const own = uids.flatMap((uid) => OWN_UID.exec(uid)?.[1]?.toLowerCase() ?? []);
  for (const row of await client.event.findMany({ where: { id: { in: own } }, select: { id: true } }))
    matched.set(`${row.id}@diaspora-atlas`, row.id);
  const cited = await client.eventSource.findMany({
    where: {
      locator: { in: uids.flatMap((uid) => [`${UID_LOCATOR}${uid}`, `${FEED_ITEM_LOCATOR}${uid}`]) },
      source: { key: { startsWith: "ical-" } },
    },
    select: { eventId: true, locator: true },
  });
  for (const row of cited) {
    const prefix = row.locator!.startsWith(UID_LOCATOR) ? UID_LOCATOR : FEED_ITEM_LOCATOR;
    matched.set(row.locator!.slice(prefix.length), row.eventId);
  }
  // Our own UIDs are matched case-insensitively on the id.
  for (const uid of uids) {
    const id = OWN_UID.exec(uid)?.[1]?.toLowerCase();
    if (id && matched.has(`${id}@diaspora-atlas`)) matched.set(uid, id);
  }
  return matched;
}

async function freeSlug(client: Tx, base: string, taken: Set<string>): Promise<string> {
  const existing = new Set(
    (await client.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((r) => r.slug),
  );
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!existing.has(candidate) && !taken.has(candidate)) return candidate;
  }
}

const reasonsOf = (fieldErrors: Record<string, string[]>): PlanReason[] =>
  Object.entries(fieldErrors).flatMap(([field, codes]) => codes.map((code) => ({ field, code })));

function values(event: CalendarEvent, settings: ImportSettings, base: FormValues, format: ParsedCalendar["format"]) {
  const { title, description, city } = texts(event);
  const next: FormValues = { ...base, start: event.start ?? "", end: event.end ?? "" };
  // A news item's date is the day it was published: the report's date, not the event's own.
  if (format === "feed") next.dateBasis = "REPORT";
  if (title) next[`title.${settings.locale}`] = title;
  if (description) next[`description.${settings.locale}`] = description;
  if (city) next[`city.${settings.locale}`] = city;
  const type = typeFromCategories(event.categories);
  if (type) next.type = type;
  return next;
}

const canonical = (snapshot: EventSnapshot) => JSON.stringify(snapshot);

/**
 * The title and description the calendar gives are the cited calendar's own words (provenance SOURCE, decision
 * 0024), not a curator's: the event form marks what it is given as CURATOR.
 */
function fromCalendar(snapshot: EventSnapshot, event: CalendarEvent, locale: string): EventSnapshot {
  const { title, description } = texts(event);
  return {
    ...snapshot,
    translations: snapshot.translations.map((t) =>
      t.locale !== locale
        ? t
        : {
            ...t,
            ...(title && t.title === title ? { titleProvenance: "SOURCE" as const } : {}),
            ...(description && t.description === description ? { descriptionProvenance: "SOURCE" as const } : {}),
          },
    ),
  };
}

async function planRow(
  client: Tx,
  event: CalendarEvent,
  settings: ImportSettings,
  current: Stored<EventSnapshot> | null,
  taken: Set<string>,
  format: ParsedCalendar["format"],
): Promise<PlannedRow> {
  const row: PlannedRow = {
    index: event.index,
    uid: event.uid,
    title: event.summary,
    start: event.start,
    end: event.end,
    action: "reject",
    reasons: event.problems.map((code) => ({ code })),
    slug: null,
    eventId: current?.id ?? null,
    changes: [],
    snapshot: null,
    baseVersion: current?.version ?? 0,
  };
  if (row.reasons.length) return row;
  const base: FormValues = current
    ? eventKind.toValues(current.snapshot, { id: current.id, version: current.version })
    : {
        version: "0",
        slug: await freeSlug(client, slugFromTitle(event.summary ?? "", event.start), taken),
        type: settings.type,
        diasporaIds: settings.diasporaIds,
        organizerIds: settings.organizerIds ?? [],
      };
  const parsed = eventKind.parse(values(event, settings, base, format));
  if (!parsed.ok) return { ...row, reasons: reasonsOf(parsed.fieldErrors) };
  const kept = current && eventKind.keep ? eventKind.keep(current.snapshot, parsed.snapshot) : parsed.snapshot;
  const snapshot = fromCalendar(kept, event, settings.locale);
  const problems = await eventKind.check(client, snapshot, current);
  if (problems) return { ...row, reasons: reasonsOf(problems) };
  if (!current) {
    taken.add(snapshot.slug);
    return { ...row, action: "create", slug: snapshot.slug, snapshot };
  }
  const changes = diffFlat(eventKind.flatten(current.snapshot, {}), eventKind.flatten(snapshot, {}));
  const unchanged = canonical(current.snapshot) === canonical(snapshot) || changes.length === 0;
  return {
    ...row,
    action: unchanged ? "unchanged" : "update",
    slug: snapshot.slug,
    changes,
    snapshot: unchanged ? null : snapshot,
  };
}

/** What importing the calendar would do, row by row. Reads only. */
export async function planImport(
  calendar: ParsedCalendar,
  origin: ImportOrigin,
  settings: ImportSettings,
  client: Tx = db,
): Promise<ImportPlan> {
  const source = importSource(calendar, origin);
  const existing = await client.source.findUnique({ where: { key: source.key }, select: { id: true } });
  const matched = await matchedEvents(client, calendar.events);
  const seen = new Set<string>();
  const taken = new Set<string>();
  const rows: PlannedRow[] = [];
  for (const event of calendar.events) {
    if (event.uid && seen.has(event.uid)) {
      rows.push({
        index: event.index,
        uid: event.uid,
        title: event.summary,
        start: event.start,
        end: event.end,
        action: "reject",
        reasons: [{ code: "duplicateUid" }],
        slug: null,
        eventId: null,
        changes: [],
        snapshot: null,
        baseVersion: 0,
      });
      continue;
    }
    if (event.uid) seen.add(event.uid);
    const eventId = event.uid ? matched.get(event.uid) : undefined;
    const current = eventId ? await eventKind.load(client, eventId) : null;
    rows.push(await planRow(client, event, settings, current, taken, calendar.format));
  }
  const counts = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const row of rows) counts[row.action]++;
  const hash = createHash("sha256")
    .update(
      JSON.stringify({
        source,
        existing: existing?.id ?? null,
        settings,
        rows: rows.map((r) => [r.index, r.action, r.eventId, r.baseVersion, r.snapshot]),
      }),
    )
    .digest("hex");
  return { source: { ...source, id: existing?.id ?? null }, rows, counts, hash };
}

/** The plan as the browser sees it: no snapshots. */
export function publicRows(plan: ImportPlan): PlanRow[] {
  return plan.rows.map(({ snapshot: _snapshot, baseVersion: _base, ...row }) => row);
}
