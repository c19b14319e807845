// Feeds against the seeded test database, each read back with a real parser: ical.js for the iCalendar feed and
// fast-xml-parser for the Atom feeds (plus the elements RFC 4287 requires). The sets they carry are compared with
// the same filters asked of the database directly; the calendar is streamed in small pages to exercise keyset
// paging; a newly approved organization leads the organizations feed.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import { organizationKind } from "../../lib/organizations/kind";
import { approveRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { eventAtomFeed, eventIcsStream, type EventFeedRequest } from "../../lib/feeds/event-feeds";
import { organizationAtomFeed } from "../../lib/feeds/organization-feed";
import { GET as icsRoute } from "../../app/[locale]/events/feed.ics/route";
import { GET as atomRoute } from "../../app/[locale]/events/feed.atom/route";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
const TODAY = "2019-01-01";
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "link", "category"].includes(name),
});

beforeAll(async () => {
  await resetToSeed(db);
});
afterAll(() => db.$disconnect());

const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

function vevents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

/** Dated events of a diaspora, straight from the database, as UIDs. */
async function datedUids(where: object) {
  const rows = await db.event.findMany({ where: { startDate: { not: null }, ...where }, select: { id: true } });
  return rows.map((r) => `${r.id}@diaspora-atlas`).sort();
}

describe("iCalendar feed", () => {
  const armenianAll: EventFeedRequest = { locale: "ru", filters: { diaspora: "armenian" }, when: "all", today: TODAY };

  it("parses with ical.js and holds exactly the dated events matching the filters", async () => {
    const text = await read(eventIcsStream(armenianAll));
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const { calendar, events } = vevents(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(String(calendar.getFirstPropertyValue("x-wr-calname"))).toContain("Армянская диаспора");
    expect(events.map((e) => e.uid).sort()).toEqual(
      await datedUids({ diasporas: { some: { diaspora: { slug: "armenian" } } } }),
    );
    const lecture = events.find((e) => e.summary.includes("Варданяна"))!;
    expect(lecture.startDate.toString()).toBe("2019-09-01");
    expect(lecture.endDate.toString()).toBe("2019-10-01");
    expect(lecture.startDate.isDate).toBe(true);
    expect(lecture.description).toContain("/ru/events/");
  });

  it("streams the same calendar in pages of two (keyset paging)", async () => {
    const every: EventFeedRequest = { locale: "en", filters: {}, when: "all", today: TODAY };
    const paged = vevents(await read(eventIcsStream({ ...every, pageSize: 2 }))).events.map((e) => e.uid);
    expect(paged.length).toBeGreaterThan(10);
    expect(paged.sort()).toEqual(await datedUids({}));
  });

  it("keeps only upcoming events by default, and applies country and type", async () => {
    const upcoming = vevents(
      await read(eventIcsStream({ locale: "en", filters: {}, when: "upcoming", today: TODAY, pageSize: 3 })),
    ).events;
    expect(upcoming.length).toBeGreaterThan(0);
    for (const e of upcoming) expect(e.endDate.toString() > TODAY).toBe(true);
    const festivals = vevents(
      await read(
        eventIcsStream({ locale: "en", filters: { type: "FESTIVAL", country: "RU" }, when: "all", today: TODAY }),
      ),
    ).events;
    expect(festivals.map((e) => e.uid).sort()).toEqual(await datedUids({ type: "FESTIVAL", countryCode: "RU" }));
  });

  it("is an empty but valid calendar when nothing matches", async () => {
    const { events } = vevents(
      await read(eventIcsStream({ locale: "ru", filters: { q: "zzzzqqqxx" }, when: "all", today: TODAY })),
    );
    expect(events).toEqual([]);
  });

  it("is served by /{locale}/events/feed.ics with the list's query string", async () => {
    const response = await icsRoute(new Request("http://localhost/ru/events/feed.ics?diaspora=armenian&when=all"), {
      params: Promise.resolve({ locale: "ru" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const { events } = vevents(await response.text());
    expect(events.map((e) => e.uid).sort()).toEqual(
      await datedUids({ diasporas: { some: { diaspora: { slug: "armenian" } } } }),
    );
    const unknown = await icsRoute(new Request("http://localhost/xx/events/feed.ics"), {
      params: Promise.resolve({ locale: "xx" }),
    });
    expect(unknown.status).toBe(404);
  });
});

// The fields of a parsed Atom entry that the tests read (the XML parser returns untyped objects).
/** An Atom text element as the parser gives it: plain text, or an object when it carries xml:lang. */
type AtomText = string | { "#text": string; "@xml:lang"?: string };
const langOf = (text: AtomText | undefined) => (typeof text === "object" ? text["@xml:lang"] : undefined);

type AtomEntry = {
  id: string;
  title: AtomText;
  summary?: AtomText;
  content?: AtomText;
  "@xml:lang"?: string;
  updated: string;
  link: { "@href": string }[];
  category: { "@term": string }[];
};

function checkAtom(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  const feed = xml.parse(text).feed;
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  for (const required of ["id", "title", "updated"]) expect(feed[required], required).toBeTruthy();
  expect(feed.author.name).toBeTruthy();
  expect(feed.link.some((l: Record<string, string>) => l["@rel"] === "self")).toBe(true);
  const entries: AtomEntry[] = feed.entry ?? [];
  for (const entry of entries) {
    expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(entry.title).toBeTruthy();
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    expect(entry.link[0]?.["@href"]).toMatch(/^http/);
  }
  return { feed, entries };
}

describe("Atom feed of events", () => {
  it("carries every RFC 4287 element and the events matching the filters, most recently changed first", async () => {
    // The latest change to one event must put it first.
    const moved = await db.event.findFirstOrThrow({
      where: { diasporas: { some: { diaspora: { slug: "armenian" } } } },
      select: { id: true },
    });
    await db.event.update({ where: { id: moved.id }, data: { updatedAt: new Date(Date.now() + 60_000) } });
    const { feed, entries } = checkAtom(
      await eventAtomFeed({ locale: "en", filters: { diaspora: "armenian" }, when: "all", today: TODAY }),
    );
    expect(feed["@xml:lang"]).toBe("en");
    expect(feed.subtitle).toBe("Diaspora: Armenian diaspora; Time: All");
    const expected = await db.event.findMany({
      where: { diasporas: { some: { diaspora: { slug: "armenian" } } } },
      select: { id: true },
    });
    expect(entries.map((e) => e.id).sort()).toEqual(expected.map((e) => `urn:uuid:${e.id}`).sort());
    expect(entries[0]!.id).toBe(`urn:uuid:${moved.id}`);
    const updated = entries.map((e) => e.updated);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(feed.updated).toBe(updated[0]);
    expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toMatch(
      /\/en\/events\/feed\.atom\?diaspora=armenian&when=all$/,
    );
  });

  it("says when events last changed, not 1970, when nothing matches", async () => {
    const { feed, entries } = checkAtom(
      await eventAtomFeed({ locale: "en", filters: { q: "zzzzqqqxx" }, when: "all", today: TODAY }),
    );
    expect(entries).toEqual([]);
    const newest = await db.event.aggregate({ _max: { updatedAt: true } });
    expect(feed.updated).toBe(newest._max.updatedAt!.toISOString());
  });

  it("tags each text with its own language: a fallback title, the atlas's summary, the description", async () => {
    // Armenian page: seed events have no Armenian text, so titles and descriptions fall back to Russian.
    const { entries } = checkAtom(
      await eventAtomFeed({ locale: "hy", filters: { diaspora: "armenian" }, when: "all", today: TODAY }),
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry["@xml:lang"]).toBeUndefined();
      expect(langOf(entry.title)).toBe("ru");
      expect(langOf(entry.summary)).toBeUndefined();
      if (entry.content) expect(langOf(entry.content)).toBe("ru");
    }
    expect(entries.some((e) => e.content)).toBe(true);
  });

  it("is served by /{locale}/events/feed.atom", async () => {
    const response = await atomRoute(new Request("http://localhost/ru/events/feed.atom?country=RU&when=past"), {
      params: Promise.resolve({ locale: "ru" }),
    });
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const { entries } = checkAtom(await response.text());
    expect(entries.length).toBeGreaterThan(0);
  });
});

describe("Atom feed of new organizations", () => {
  it("puts a newly approved organization first, and keeps to the list's filters", async () => {
    const armenian = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" } })).id;
    const user = await db.user.create({ data: { email: "admin@example.org", name: "Admin" } });
    await db.roleAssignment.create({ data: { userId: user.id, role: "ADMIN", global: true } });
    const admin = (await loadActor(user.id))!;
    const saved = await submitRevision(organizationKind, admin, {
      version: "0",
      slug: "feed-new-org",
      "name.hy": "Նոր միություն",
      "name.en": "New Union & Co",
      types: ["YOUTH"],
      diasporaIds: [armenian],
      countryCodes: ["FR"],
      status: "ACTIVE",
      foundedYear: "",
      languages: "",
      acronym: "",
      notDuplicate: "1",
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    await approveRevision(admin, { revisionId: saved.revisionId, withoutReview: "1" });
    const created = await db.organization.findUniqueOrThrow({ where: { slug: "feed-new-org" }, select: { id: true } });

    const { feed, entries } = checkAtom(await organizationAtomFeed("hy", { diaspora: "armenian" }));
    expect(entries[0]!.id).toBe(`urn:uuid:${created.id}`);
    expect(entries[0]!.title).toBe("Նոր միություն");
    // The new entry is written in Armenian; the seed's are not, so their titles carry their own language.
    expect(entries.slice(1).every((e) => ["ru", "en"].includes(langOf(e.title) ?? ""))).toBe(true);
    expect(entries[0]!.category[0]?.["@term"]).toBe("YOUTH");
    const armenianOrgs = await db.organization.findMany({
      // The feed follows the list: diaspora organizations (the IDEA Foundation and UWC Dilijan are institutions).
      where: { diasporas: { some: { diasporaId: armenian } }, category: "DIASPORA_ORGANIZATION" },
      select: { id: true },
    });
    expect(entries.map((e) => e.id).sort()).toEqual(armenianOrgs.map((o) => `urn:uuid:${o.id}`).sort());
    expect(feed.title).toContain("Սփյուռքների ատլաս");

    const english = checkAtom(await organizationAtomFeed("en", { country: "FR" })).entries;
    expect(english[0]!.title).toBe("New Union & Co");
  });
});
