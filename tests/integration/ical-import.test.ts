// Importing events from iCalendar against the seeded test database. The dry run says per event what will happen
// and why and writes nothing; the real run writes the previewed plan in one transaction (a Source, the events with
// APPROVED revisions, citations carrying each UID, one audit row), refuses a plan that changed since the dry run,
// and on a failure half-way leaves every table as it was. Fetching a URL goes to a local server only when the
// test allows private addresses; otherwise loopback and other private targets are refused (SSRF guard).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { eventAtVersion } from "../../lib/citations/version-view";
import { FetchRefused, fetchCalendar } from "../../lib/feeds/import/fetch-calendar";
import { importIcal, type IcalImportResult } from "../../lib/feeds/import/import-ical";
import { databaseFingerprint, openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";
import { refusalsRecorded } from "../support/refusals";

const db = openTestDatabase();
let admin: Actor;
let curator: Actor;
let armenianId: string;
let victoryDayId: string;

const calendar = (...events: string[]) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Test//EN",
    "X-WR-CALNAME:Армянские вечера",
    ...events,
    "END:VCALENDAR",
  ].join("\r\n");
const vevent = (...lines: string[]) =>
  ["BEGIN:VEVENT", "DTSTAMP:20240101T000000Z", ...lines, "END:VEVENT"].join("\r\n");

const FESTIVAL = vevent(
  "UID:festival-2024@hayk.example",
  "DTSTART;VALUE=DATE:20240509",
  "DTEND;VALUE=DATE:20240512",
  "SUMMARY:Дни армянской культуры",
  "DESCRIPTION:<p>Концерты &amp; лекции</p>",
  "LOCATION:Москва",
  "CATEGORIES:Festival",
);
const LECTURE = vevent(
  "UID:lecture-1@hayk.example",
  "DTSTART:20240610T150000Z",
  "DTEND:20240610T170000Z",
  "SUMMARY:Лекция об армянской диаспоре",
  "URL:https://hayk.example/lecture",
);
const WEEKLY = vevent(
  "UID:weekly@hayk.example",
  "DTSTART;VALUE=DATE:20240101",
  "RRULE:FREQ=WEEKLY",
  "SUMMARY:Еженедельная встреча",
);
const CANCELLED = vevent(
  "UID:off@hayk.example",
  "DTSTART;VALUE=DATE:20240301",
  "STATUS:CANCELLED",
  "SUMMARY:Отменённый вечер",
);
const UNTITLED = vevent("UID:untitled@hayk.example", "DTSTART;VALUE=DATE:20240401");
const SCRIPTED = vevent(
  "UID:scripted@hayk.example",
  "DTSTART;VALUE=DATE:20240402",
  "SUMMARY:<script>alert(1)</script>",
);
const DUPLICATE = vevent("UID:lecture-1@hayk.example", "DTSTART;VALUE=DATE:20240611", "SUMMARY:Дубль");
const ours = (id: string) =>
  vevent(`UID:${id}@diaspora-atlas`, "DTSTART;VALUE=DATE:20200509", "SUMMARY:День Победы (Москва)");

beforeAll(async () => {
  await resetToSeed(db);
  armenianId = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" } })).id;
  victoryDayId = (await db.event.findUniqueOrThrow({ where: { slug: "victory-day" } })).id;
  const user = await db.user.create({ data: { email: "admin@example.org", name: "Admin" } });
  await db.roleAssignment.create({ data: { userId: user.id, role: "ADMIN", global: true } });
  admin = (await loadActor(user.id))!;
  const other = await db.user.create({ data: { email: "curator@example.org", name: "Curator" } });
  await db.roleAssignment.create({
    data: { userId: other.id, role: "CURATOR", diasporas: { create: { diasporaId: armenianId } } },
  });
  curator = (await loadActor(other.id))!;
});
afterAll(() => db.$disconnect());

const settings = () => ({ locale: "ru", type: "MEETING", diasporaIds: [armenianId] });
type Preview = Extract<IcalImportResult, { intent: "preview" }>;

async function preview(text: string, extra: Record<string, unknown> = {}): Promise<Preview> {
  const result = await importIcal(admin, {
    intent: "preview",
    calendar: text,
    fileName: "hayk.ics",
    ...settings(),
    ...extra,
  });
  if (!result.ok || result.intent !== "preview") throw new Error(JSON.stringify(result));
  return result;
}

const run = (p: Preview, actor: Actor | null = admin) =>
  importIcal(actor, {
    intent: "import",
    calendar: p.calendar,
    url: p.url,
    fileName: p.fileName,
    planHash: p.planHash,
    ...settings(),
  });

describe("dry run and import", () => {
  it("previews each event with what will happen and why, writing nothing", async () => {
    const before = await databaseFingerprint(db);
    const p = await preview(
      calendar(FESTIVAL, LECTURE, WEEKLY, CANCELLED, UNTITLED, SCRIPTED, DUPLICATE, ours(victoryDayId)),
    );
    expect(await databaseFingerprint(db)).toEqual(before);
    const rows = Object.fromEntries(p.preview.rows.map((r) => [r.index, r]));
    expect(rows[1]).toMatchObject({
      action: "create",
      slug: "dni-armianskoi-kulturi-2024",
      start: "2024-05-09",
      end: "2024-05-11",
    });
    expect(rows[2]).toMatchObject({
      action: "create",
      slug: "lektsiia-ob-armianskoi-diaspore-2024",
      start: "2024-06-10",
      end: null,
    });
    expect(rows[3]).toMatchObject({ action: "reject", reasons: [{ code: "recurring" }] });
    expect(rows[4]).toMatchObject({ action: "reject", reasons: [{ code: "cancelled" }] });
    expect(rows[5]).toMatchObject({ action: "reject", reasons: [{ field: "title.ru", code: "titleRequired" }] });
    expect(rows[6]).toMatchObject({ action: "reject", reasons: [{ field: "title.ru", code: "markup" }] });
    expect(rows[7]).toMatchObject({ action: "reject", reasons: [{ code: "duplicateUid" }] });
    expect(rows[8]).toMatchObject({ action: "update", slug: "victory-day", eventId: victoryDayId });
    // The new title is the importer's text, no longer the seed's (decision 0024): its provenance changes with it.
    expect(rows[8]!.changes.map((c) => c.field).sort()).toEqual(["start", "title.ru", "titleProvenance.ru"]);
    expect(p.preview.counts).toEqual({ create: 2, update: 1, unchanged: 0, reject: 5 });
    expect(p.preview.source).toMatchObject({ title: "Армянские вечера", isNew: true, url: null });
  });

  it("imports the previewed plan in one go: Source, events, approved revisions, UID citations and an audit row", async () => {
    const p = await preview(calendar(FESTIVAL, LECTURE, WEEKLY, ours(victoryDayId)));
    const result = await run(p);
    expect(result).toMatchObject({
      ok: true,
      intent: "import",
      counts: { create: 2, update: 1, unchanged: 0, reject: 1 },
      sourceKey: p.preview.source.key,
    });
    // The published events, whose cached pages the action expires.
    expect(result.ok && result.intent === "import" && result.slugs).toHaveLength(3);

    const source = await db.source.findUniqueOrThrow({
      where: { key: p.preview.source.key },
      select: { id: true, title: true },
    });
    expect(source.title).toBe("Армянские вечера");
    expect(await db.revision.count({ where: { entityType: "source", entityId: source.id, status: "APPROVED" } })).toBe(
      1,
    );

    const festival = await db.event.findUniqueOrThrow({
      where: { slug: "dni-armianskoi-kulturi-2024" },
      select: {
        id: true,
        type: true,
        version: true,
        startDate: true,
        endDate: true,
        translations: true,
        diasporas: true,
        sources: { select: { sourceId: true, locator: true } },
      },
    });
    expect(festival).toMatchObject({ type: "FESTIVAL", version: 1 });
    expect(festival.startDate?.toISOString().slice(0, 10)).toBe("2024-05-09");
    expect(festival.endDate?.toISOString().slice(0, 10)).toBe("2024-05-11");
    expect(festival.translations[0]).toMatchObject({
      locale: "ru",
      title: "Дни армянской культуры",
      description: "Концерты & лекции",
      city: "Москва",
    });
    expect(festival.diasporas.map((d) => d.diasporaId)).toEqual([armenianId]);
    expect(festival.sources).toEqual([{ sourceId: source.id, locator: "iCalendar UID: festival-2024@hayk.example" }]);
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "event", entityId: festival.id } });
    expect(revision).toMatchObject({
      status: "APPROVED",
      baseVersion: 0,
      authorId: admin.userId,
      reviewerId: admin.userId,
    });

    const lecture = await db.event.findUniqueOrThrow({
      where: { slug: "lektsiia-ob-armianskoi-diaspore-2024" },
      select: { type: true, translations: true },
    });
    expect(lecture.type).toBe("MEETING");
    expect(lecture.translations[0]!.description).toBe("https://hayk.example/lecture");

    // The seeded event was updated as version 2, and its first version stays citable.
    const victory = await db.event.findUniqueOrThrow({
      where: { id: victoryDayId },
      select: { version: true, translations: { where: { locale: "ru" } } },
    });
    expect(victory.version).toBe(2);
    expect(victory.translations[0]!.title).toBe("День Победы (Москва)");
    expect(
      (await db.revision.findFirstOrThrow({ where: { entityType: "event", entityId: victoryDayId } })).baseVersion,
    ).toBe(1);
    expect((await eventAtVersion("victory-day", "ru", 2))!.event.title?.value).toBe("День Победы (Москва)");

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "events.imported" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ actorId: admin.userId, targetType: "source", targetId: source.id });
    expect(audit.details).toMatchObject({ sourceKey: p.preview.source.key, create: 2, update: 1, reject: 1 });
  });

  it("matches events imported before by their UID: unchanged, or updated when the calendar changed", async () => {
    const again = await preview(calendar(FESTIVAL, LECTURE));
    expect(again.preview.rows.map((r) => r.action)).toEqual(["unchanged", "unchanged"]);
    expect(again.preview.source.isNew).toBe(false);
    const moved = await preview(
      calendar(FESTIVAL.replace("DTEND;VALUE=DATE:20240512", "DTEND;VALUE=DATE:20240513"), LECTURE),
    );
    expect(moved.preview.rows.map((r) => r.action)).toEqual(["update", "unchanged"]);
    expect(moved.preview.rows[0]!.changes).toEqual([{ field: "end", before: "2024-05-11", after: "2024-05-12" }]);
    expect((await run(moved)).ok).toBe(true);
    const festival = await db.event.findUniqueOrThrow({
      where: { slug: "dni-armianskoi-kulturi-2024" },
      select: { version: true, _count: { select: { sources: true } } },
    });
    expect(festival).toEqual({ version: 2, _count: { sources: 1 } });
  });

  it("refuses to import when the outcome changed since the dry run, and shows the new one", async () => {
    const p = await preview(calendar(vevent("UID:race@hayk.example", "DTSTART;VALUE=DATE:20240901", "SUMMARY:Гонка")));
    // Meanwhile someone published an event at the address the plan chose.
    await db.event.create({ data: { slug: "gonka-2024", type: "OTHER" } });
    const before = await databaseFingerprint(db);
    const result = await run(p);
    expect(result).toMatchObject({ ok: false, formError: "planChanged" });
    expect(result.ok === false && result.preview?.preview.rows[0]).toMatchObject({
      action: "create",
      slug: "gonka-2024-2",
    });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("writes nothing when a failure strikes half-way through", async () => {
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN IF NEW.slug LIKE 'boom%' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_boom BEFORE INSERT ON "Event" FOR EACH ROW EXECUTE FUNCTION refuse_boom()`,
    );
    try {
      const p = await preview(
        calendar(
          vevent("UID:fine@other.example", "DTSTART;VALUE=DATE:20241001", "SUMMARY:Fine"),
          vevent("UID:boom@other.example", "DTSTART;VALUE=DATE:20241002", "SUMMARY:Boom"),
        ),
        { url: "", fileName: "other.ics" },
      );
      expect(p.preview.counts.create).toBe(2);
      const before = await databaseFingerprint(db);
      await expect(run(p)).rejects.toThrow();
      expect(await databaseFingerprint(db)).toEqual(before);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_boom ON "Event"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS refuse_boom()`);
    }
  });

  it("is for admins only, dry run included, and each refusal is audited", async () => {
    const p = await preview(
      calendar(vevent("UID:admins@hayk.example", "DTSTART;VALUE=DATE:20241101", "SUMMARY:Только админы")),
    );
    const denials = await refusalsRecorded(db);
    const before = await databaseFingerprint(db);
    expect(await importIcal(curator, { intent: "preview", calendar: p.calendar, ...settings() })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await run(p, curator)).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await run(p, null)).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await refusalsRecorded(db)).toBe(denials + 3);
    const after = await databaseFingerprint(db);
    expect({ ...after, AuditLog: "" }).toEqual({ ...before, AuditLog: "" });
  });
});

describe("fetching a calendar URL", () => {
  let server: http.Server;
  let base: string;
  const body = calendar(vevent("UID:served@hayk.example", "DTSTART;VALUE=DATE:20241201", "SUMMARY:С сервера"));

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/cal.ics") return res.writeHead(200, { "Content-Type": "text/calendar" }).end(body);
      if (req.url === "/big.ics") return res.writeHead(200).end("X".repeat(5000));
      if (req.url === "/loop") return res.writeHead(302, { Location: "/loop" }).end();
      if (req.url === "/moved") return res.writeHead(301, { Location: "/cal.ics" }).end();
      if (req.url === "/slow") return; // never answers
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  const refusal = async (promise: Promise<unknown>) => {
    try {
      await promise;
      return "fetched";
    } catch (error) {
      return error instanceof FetchRefused ? error.code : String(error);
    }
  };
  const allow = { allowPrivateAddresses: true };

  it("refuses loopback and private targets unless allowed, whatever way the address is written", async () => {
    const port = new URL(base).port;
    for (const url of [
      `${base}/cal.ics`,
      `http://localhost:${port}/cal.ics`,
      `http://[::1]:${port}/cal.ics`,
      `http://2130706433:${port}/cal.ics`,
      "http://169.254.169.254/latest/meta-data",
      "http://10.0.0.1/x.ics",
    ]) {
      expect(await refusal(fetchCalendar(url)), url).toBe("privateAddress");
    }
    for (const url of [
      "ftp://example.org/x.ics",
      "file:///etc/passwd",
      "http://user:secret@example.org/x.ics",
      "not a url",
    ]) {
      expect(await refusal(fetchCalendar(url)), url).toBe("url");
    }
  });

  it("fetches from a test server when allowed, following a redirect, with a size cap, a time limit and a redirect limit", async () => {
    expect((await fetchCalendar(`${base}/moved`, allow)).text).toBe(body);
    expect(await refusal(fetchCalendar(`${base}/big.ics`, { ...allow, maxBytes: 1000 }))).toBe("tooLarge");
    expect(await refusal(fetchCalendar(`${base}/slow`, { ...allow, timeoutMs: 300 }))).toBe("timeout");
    expect(await refusal(fetchCalendar(`${base}/loop`, allow))).toBe("tooManyRedirects");
    expect(await refusal(fetchCalendar(`${base}/missing`, allow))).toBe("httpStatus");
  });

  it("previews a calendar from a URL, citing the URL as its source; refused as a private address by default", async () => {
    const url = `${base}/cal.ics`;
    const refused = await importIcal(admin, { intent: "preview", url, ...settings() });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { url: ["privateAddress"] } });
    const result = await importIcal(admin, { intent: "preview", url, ...settings() }, { fetch: allow });
    if (!result.ok || result.intent !== "preview") throw new Error(JSON.stringify(result));
    expect(result.preview.source).toMatchObject({ url, isNew: true });
    expect(result.preview.rows[0]).toMatchObject({ action: "create", title: "С сервера" });
    expect((await run(result)).ok).toBe(true);
    expect(
      await db.source.findUniqueOrThrow({ where: { key: result.preview.source.key }, select: { url: true } }),
    ).toEqual({ url });
  });
});
