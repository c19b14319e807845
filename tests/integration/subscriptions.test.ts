// Calendar subscriptions (issue #14, item 2) against the seeded test database and a calendar server on 127.0.0.1:
// a curator subscribes an organization of their diaspora (another diaspora's curator is refused); a poll proposes the
// calendar's events as pending revisions by the subscriber; the next poll sends the validators and a 304 changes
// nothing; an approved proposal cites the calendar with the event's UID; a changed event becomes a new revision of
// the published event; an event that leaves the calendar is flagged, not deleted; a trusted subscription publishes
// directly (audited); a failing calendar is recorded with its error and waits at least as long as Retry-After asks.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { approveRevision } from "../../lib/curation/review-revision";
import { env } from "../../lib/env";
import { FetchRefused, fetchCalendar } from "../../lib/feeds/import/fetch-calendar";
import {
  createSubscription,
  deleteSubscription,
  pauseSubscription,
  trustSubscription,
} from "../../lib/subscriptions/commands";
import { nextPollDelay, pollDueSubscriptions, pollSubscription } from "../../lib/subscriptions/poll";
import { calendarOf, vevent } from "../support/calendar-text";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let admin: Actor;
let curator: Actor;
let outsider: Actor;
let organizationId: string;
let base: string;

const calendar = (...events: string[]) => calendarOf("Армянский центр", ...events);

// What the calendar server answers: the body (with an ETag of its version) or a failure.
let body = "";
let version = 1;
let failure: { status: number; retryAfter: string } | null = null;
const seen: { ifNoneMatch: string | undefined }[] = [];
const server = http.createServer((req, res) => {
  seen.push({ ifNoneMatch: req.headers["if-none-match"] });
  if (failure) {
    res.writeHead(failure.status, { "Retry-After": failure.retryAfter });
    return res.end();
  }
  const etag = `"v${version}"`;
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, { ETag: etag });
    return res.end();
  }
  res.writeHead(200, { "Content-Type": "text/calendar", ETag: etag });
  res.end(body);
});
const publish = (text: string) => {
  body = text;
  version++;
};

const settings = { intervalHours: 6, fetch: { loopbackPorts: [] as number[] } };
const CONCERT = vevent("concert-2027@center.example", "20270315", "Весенний концерт");
const LECTURE = vevent("lecture-2027@center.example", "20270402", "Лекция о диаспоре");

async function actorWith(email: string, role: "ADMIN" | "CURATOR", diaspora?: string): Promise<Actor> {
  const user = await db.user.create({ data: { email, name: email } });
  const diasporaId = diaspora && (await db.diaspora.findUniqueOrThrow({ where: { slug: diaspora } })).id;
  await db.roleAssignment.create({
    data: {
      userId: user.id,
      role,
      global: role === "ADMIN",
      ...(diasporaId ? { diasporas: { create: { diasporaId } } } : {}),
    },
  });
  return (await loadActor(user.id))!;
}

beforeAll(async () => {
  await resetToSeed(db);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  settings.fetch.loopbackPorts = [port];
  // What TEST_FETCH_LOOPBACK_PORTS gives the end-to-end app (commands read the environment).
  (env as { TEST_FETCH_LOOPBACK_PORTS: number[] }).TEST_FETCH_LOOPBACK_PORTS = [port];
  admin = await actorWith("admin@example.org", "ADMIN");
  curator = await actorWith("curator@example.org", "CURATOR", "armenian");
  outsider = await actorWith("georgian@example.org", "CURATOR", "georgian");
  const armenian = await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" } });
  organizationId = (
    await db.organization.findFirstOrThrow({
      where: { diasporas: { some: { diasporaId: armenian.id } } },
      orderBy: { slug: "asc" },
    })
  ).id;
});
afterAll(async () => {
  (env as { TEST_FETCH_LOOPBACK_PORTS: number[] }).TEST_FETCH_LOOPBACK_PORTS = [];
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await db.$disconnect();
});

const form = (url: string) => ({ organizationId, url, locale: "ru", eventType: "CONCERT" });
const items = (subscriptionId: string) =>
  db.calendarSubscriptionItem.findMany({ where: { subscriptionId }, orderBy: { uid: "asc" } });

describe("loopback allowance", () => {
  it("reaches 127.0.0.1 only on an allowed port, and by its address only", async () => {
    publish(calendar(CONCERT));
    const port = Number(new URL(base).port);
    const code = (promise: Promise<unknown>) =>
      promise.then(
        () => "fetched",
        (error) => (error instanceof FetchRefused ? error.code : String(error)),
      );
    expect(await code(fetchCalendar(`${base}/c.ics`, { loopbackPorts: [port] }))).toBe("fetched");
    expect(await code(fetchCalendar(`${base}/c.ics`, { loopbackPorts: [port + 1] }))).toBe("privateAddress");
    expect(await code(fetchCalendar(`http://localhost:${port}/c.ics`, { loopbackPorts: [port] }))).toBe(
      "privateAddress",
    );
    expect(await code(fetchCalendar(`http://10.0.0.1:${port}/c.ics`, { loopbackPorts: [port] }))).toBe(
      "privateAddress",
    );
  });
});

describe("subscriptions", () => {
  let subscriptionId: string;

  it("lets a curator subscribe an organization of their diaspora, refuses others, and says why an address fails", async () => {
    publish(calendar(CONCERT, LECTURE));
    await expect(createSubscription(outsider, form(`${base}/center.ics`), {})).rejects.toThrow();
    expect(
      await db.auditLog.count({ where: { actorId: outsider.userId, action: "permission.denied" } }),
    ).toBeGreaterThan(0);
    expect(await createSubscription(curator, form("ftp://x.example/c.ics"), {})).toMatchObject({
      ok: false,
      fieldErrors: { url: ["url"] },
    });
    failure = { status: 404, retryAfter: "0" };
    expect(await createSubscription(curator, form(`${base}/center.ics`), {})).toMatchObject({
      ok: false,
      fieldErrors: { url: ["httpStatus"] },
    });
    failure = null;
    expect(await db.calendarSubscription.count()).toBe(0);

    const result = await createSubscription(curator, form(`${base}/center.ics`), {});
    expect(result).toMatchObject({ ok: true, events: 2 });
    subscriptionId = (result as { id: string }).id;
    const sub = await db.calendarSubscription.findUniqueOrThrow({
      where: { id: subscriptionId },
      include: { source: true },
    });
    expect(sub).toMatchObject({ createdById: curator.userId, trusted: false, url: `${base}/center.ics` });
    expect(sub.source).toMatchObject({ title: "Армянский центр", url: `${base}/center.ics` });
    expect(sub.source.key).toMatch(/^ical-/);
    expect(await createSubscription(curator, form(`${base}/center.ics`), {})).toMatchObject({
      fieldErrors: { url: ["alreadySubscribed"] },
    });
  });

  it("proposes the calendar's events as pending revisions, then asks with the ETag and changes nothing on a 304", async () => {
    const report = await pollSubscription(db, subscriptionId, settings);
    expect(report).toMatchObject({ outcome: "read", proposed: 2, published: 0 });
    const pending = await db.revision.findMany({ where: { entityType: "event", status: "PENDING" } });
    expect(pending).toHaveLength(2);
    for (const revision of pending) {
      expect(revision).toMatchObject({ entityId: null, authorId: curator.userId });
      expect((revision.snapshot as { organizerIds: string[] }).organizerIds).toEqual([organizationId]);
      expect((revision.snapshot as { type: string }).type).toBe("CONCERT");
      // The title is the calendar's own words, not a curator's.
      const [text] = (revision.snapshot as { translations: { locale: string; titleProvenance: string }[] })
        .translations;
      expect(text).toMatchObject({ locale: "ru", titleProvenance: "SOURCE" });
    }
    expect((await items(subscriptionId)).map((i) => [i.uid, Boolean(i.revisionId), i.eventId])).toEqual([
      ["concert-2027@center.example", true, null],
      ["lecture-2027@center.example", true, null],
    ]);

    seen.length = 0;
    expect(await pollSubscription(db, subscriptionId, settings)).toMatchObject({ outcome: "notModified" });
    expect(seen).toEqual([{ ifNoneMatch: `"v${version}"` }]);
    expect(await db.revision.count({ where: { entityType: "event", status: "PENDING" } })).toBe(2);
    const sub = await db.calendarSubscription.findUniqueOrThrow({ where: { id: subscriptionId } });
    expect(sub.nextPollAt.getTime() - sub.lastPolledAt!.getTime()).toBe(6 * 3600_000);
  });

  it("publishes an approved proposal citing the calendar, and proposes a changed event as a new revision of it", async () => {
    const concert = (await items(subscriptionId))[0]!;
    expect(await approveRevision(admin, { revisionId: concert.revisionId! })).toMatchObject({ ok: true });
    const event = await db.event.findFirstOrThrow({
      where: { translations: { some: { title: "Весенний концерт" } } },
      include: { sources: { include: { source: true } } },
    });
    expect(event.sources.map((s) => [s.source.url, s.locator])).toEqual([
      [`${base}/center.ics`, "iCalendar UID: concert-2027@center.example"],
    ]);
    expect((await items(subscriptionId))[0]!.eventId).toBe(event.id);

    // The concert's title changes; the lecture, still pending, stays as it was proposed.
    publish(calendar(vevent("concert-2027@center.example", "20270315", "Весенний концерт хора"), LECTURE));
    expect(await pollSubscription(db, subscriptionId, settings)).toMatchObject({ proposed: 1, unchanged: 1 });
    const update = await db.revision.findFirstOrThrow({
      where: { entityType: "event", entityId: event.id, status: "PENDING" },
    });
    expect(update.baseVersion).toBe(event.version);
    const titles = (update.snapshot as { translations: { locale: string; title: string }[] }).translations;
    expect(titles.find((t) => t.locale === "ru")?.title).toBe("Весенний концерт хора");
    expect(await db.revision.count({ where: { entityType: "event", status: "PENDING" } })).toBe(2);

    // The same calendar again (a new ETag, the same events): nothing new is proposed.
    publish(body);
    expect(await pollSubscription(db, subscriptionId, settings)).toMatchObject({ outcome: "notModified" });
    publish(body + "\r\n");
    expect(await pollSubscription(db, subscriptionId, settings)).toMatchObject({ proposed: 0, unchanged: 2 });
  });

  it("flags an event that left the calendar and deletes nothing", async () => {
    const events = await db.event.count();
    publish(calendar(LECTURE));
    expect(await pollSubscription(db, subscriptionId, settings)).toMatchObject({ gone: 1 });
    const [concert, lecture] = await items(subscriptionId);
    expect(concert!.goneSince).not.toBeNull();
    expect(lecture!.goneSince).toBeNull();
    expect(await db.event.count()).toBe(events);
    publish(calendar(vevent("concert-2027@center.example", "20270315", "Весенний концерт хора"), LECTURE));
    await pollSubscription(db, subscriptionId, settings);
    expect((await items(subscriptionId))[0]!.goneSince).toBeNull();
  });

  it("publishes directly once an admin trusts the calendar (a curator may not), audited", async () => {
    await expect(trustSubscription(curator, { id: subscriptionId, on: "1" }, {})).rejects.toThrow();
    expect(await trustSubscription(admin, { id: subscriptionId, on: "1" }, {})).toMatchObject({ ok: true });
    const FAIR = vevent("fair-2027@center.example", "20270520", "Ярмарка ремёсел");
    publish(calendar(vevent("concert-2027@center.example", "20270315", "Весенний концерт хора"), LECTURE, FAIR));
    expect(await pollSubscription(db, subscriptionId, settings)).toMatchObject({ published: 1, proposed: 0 });
    const fair = await db.event.findFirstOrThrow({
      where: { translations: { some: { title: "Ярмарка ремёсел" } } },
      include: { sources: true, organizers: true },
    });
    expect(fair.sources.map((s) => s.locator)).toEqual(["iCalendar UID: fair-2027@center.example"]);
    expect(fair.organizers.map((o) => o.organizationId)).toEqual([organizationId]);
    expect(await db.revision.findFirstOrThrow({ where: { entityId: fair.id } })).toMatchObject({
      status: "APPROVED",
      authorId: curator.userId,
    });
    expect(
      await db.auditLog.findFirstOrThrow({ where: { action: "subscription.published", targetId: subscriptionId } }),
    ).toMatchObject({ actorId: null });
    expect(await db.auditLog.count({ where: { action: "subscription.trusted", actorId: admin.userId } })).toBe(1);
  });

  it("reads a calendar once at a time: a read asked for meanwhile is skipped, so nothing is proposed twice", async () => {
    const TALK = vevent("talk-2027@center.example", "20270601", "Беседа о языке");
    publish(calendar(vevent("concert-2027@center.example", "20270315", "Весенний концерт хора"), LECTURE, TALK));
    const reports = await Promise.all([
      pollSubscription(db, subscriptionId, settings),
      pollSubscription(db, subscriptionId, settings),
    ]);
    expect(reports.map((r) => r.outcome).sort()).toEqual(["read", "skipped"]);
    expect(
      await db.revision.count({
        where: { snapshot: { path: ["translations", "0", "title"], equals: "Беседа о языке" } },
      }),
    ).toBe(1);
    expect(
      (await db.calendarSubscription.findUniqueOrThrow({ where: { id: subscriptionId } })).claimedUntil,
    ).toBeNull();
  });

  it("records a failure with its error, waits at least as long as Retry-After, and recovers", async () => {
    failure = { status: 503, retryAfter: "86400" };
    const before = Date.now();
    expect(await pollSubscription(db, subscriptionId, settings)).toMatchObject({
      outcome: "failed",
      error: "httpStatus",
    });
    let sub = await db.calendarSubscription.findUniqueOrThrow({ where: { id: subscriptionId } });
    expect(sub).toMatchObject({ lastError: "httpStatus", failures: 1 });
    expect(sub.nextPollAt.getTime()).toBeGreaterThanOrEqual(before + 86_400_000);
    // Not due: the scheduled round leaves it alone.
    expect(await pollDueSubscriptions(db, settings)).toMatchObject({ polled: 0 });
    failure = null;
    publish(body + "\r\n");
    await pollSubscription(db, subscriptionId, settings);
    sub = await db.calendarSubscription.findUniqueOrThrow({ where: { id: subscriptionId } });
    expect(sub).toMatchObject({ lastError: null, failures: 0 });
  });

  it("skips a paused subscription in the scheduled round", async () => {
    await db.calendarSubscription.update({ where: { id: subscriptionId }, data: { nextPollAt: new Date(0) } });
    expect(await pauseSubscription(curator, { id: subscriptionId, on: "1" }, {})).toMatchObject({ ok: true });
    expect(await pollDueSubscriptions(db, settings)).toMatchObject({ polled: 0 });
    expect(await pauseSubscription(curator, { id: subscriptionId, on: "0" }, {})).toMatchObject({ ok: true });
    expect(await pollDueSubscriptions(db, settings)).toMatchObject({ polled: 1 });
  });
});

describe("news feeds", () => {
  it("proposes a feed's items as reports dated by their publication, cited by their id once approved", async () => {
    publish(
      [
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Новости центра</title>',
        "<item><title>Отчёт о вечере поэзии</title><link>https://center.example/news/7</link>",
        "<guid>news-7</guid><pubDate>Mon, 14 Dec 2026 18:00:00 GMT</pubDate>",
        "<description>&lt;p&gt;Вечер прошёл в центре.&lt;/p&gt;</description></item></channel></rss>",
      ].join(""),
    );
    const created = await createSubscription(curator, form(`${base}/news.xml`), {});
    expect(created).toMatchObject({ ok: true, events: 1 });
    const id = (created as { id: string }).id;
    const sub = await db.calendarSubscription.findUniqueOrThrow({ where: { id }, include: { source: true } });
    expect(sub).toMatchObject({ format: "feed", source: { title: "Новости центра", note: "RSS/Atom" } });

    expect(await pollSubscription(db, id, settings)).toMatchObject({ outcome: "read", proposed: 1 });
    const [item] = await items(id);
    const revision = await db.revision.findUniqueOrThrow({ where: { id: item!.revisionId! } });
    expect(revision.snapshot).toMatchObject({
      start: "2026-12-14",
      dateBasis: "REPORT",
      translations: [{ locale: "ru", title: "Отчёт о вечере поэзии", titleProvenance: "SOURCE" }],
    });
    expect(await approveRevision(admin, { revisionId: revision.id })).toMatchObject({ ok: true });
    const event = await db.event.findFirstOrThrow({
      where: { translations: { some: { title: "Отчёт о вечере поэзии" } } },
      include: { sources: true },
    });
    expect(event.sources.map((s) => s.locator)).toEqual(["Feed item: news-7"]);
    // The next read finds the published event by that id: nothing new.
    publish(body + " ");
    expect(await pollSubscription(db, id, settings)).toMatchObject({ outcome: "read", proposed: 0, unchanged: 1 });
  });
});

describe("removing a subscription", () => {
  it("withdraws its proposals still waiting for review and keeps the events and the calendar's source", async () => {
    publish(calendar(vevent("meeting-2027@other.example", "20270701", "Встреча общины")));
    const created = await createSubscription(curator, form(`${base}/other.ics`), {});
    if (!created.ok) throw new Error(JSON.stringify(created));
    await pollSubscription(db, created.id, settings);
    const [item] = await items(created.id);
    expect(await db.revision.findUniqueOrThrow({ where: { id: item!.revisionId! } })).toMatchObject({
      status: "PENDING",
    });
    const { sourceId } = await db.calendarSubscription.findUniqueOrThrow({ where: { id: created.id } });
    const events = await db.event.count();

    await expect(deleteSubscription(outsider, { id: created.id }, {})).rejects.toThrow();
    expect(await deleteSubscription(curator, { id: created.id }, {})).toMatchObject({ ok: true });
    expect(await db.revision.findUniqueOrThrow({ where: { id: item!.revisionId! } })).toMatchObject({
      status: "SUPERSEDED",
    });
    expect(await db.calendarSubscription.count({ where: { id: created.id } })).toBe(0);
    expect(await db.calendarSubscriptionItem.count({ where: { subscriptionId: created.id } })).toBe(0);
    expect(await db.source.count({ where: { id: sourceId } })).toBe(1);
    expect(await db.event.count()).toBe(events);
    expect(
      await db.auditLog.findFirstOrThrow({ where: { action: "subscription.deleted", targetId: created.id } }),
    ).toMatchObject({ actorId: curator.userId, details: { withdrawn: 1 } });
  });
});

describe("backoff", () => {
  it("doubles the wait per failure up to a week, and never waits less than Retry-After", () => {
    const hour = 3600_000;
    expect(nextPollDelay(6, 0, null)).toBe(6 * hour);
    expect(nextPollDelay(6, 1, null)).toBe(6 * hour);
    expect(nextPollDelay(6, 3, null)).toBe(24 * hour);
    expect(nextPollDelay(6, 30, null)).toBe(7 * 24 * hour);
    expect(nextPollDelay(6, 1, 2 * 24 * 3600)).toBe(48 * hour);
  });
});
