// Event curation against the test database: a curator's save is a pending revision that the public event list,
// calendar, profile and search never see until a moderator approves it; an approval publishes it (creating or
// updating the event, leaving its sources alone); refusals, stale versions and bad input leave every table as it
// was; an old revision can be restored through a new pending one; the history diffs any two versions.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { getDraft } from "../../lib/curation/get-draft";
import { getHistory, PUBLISHED } from "../../lib/curation/history";
import { eventKind } from "../../lib/events/kind";
import { restoreRevision } from "../../lib/curation/restore-revision";
import { approveRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { getCalendarMonth } from "../../lib/events/calendar-month";
import { getEvent } from "../../lib/events/get-event";
import { listEvents } from "../../lib/events/list-events";
import { rankMatches } from "../../lib/search/match";
import { parseSearchQuery } from "../../lib/search/query";
import { makeActor } from "../support/actors";
import { databaseFingerprint, openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
const TODAY = "2024-06-15";
const SEEDED = "portal-to-the-armenian-world";
let armenianId: string;
let georgianId: string;
let organizerId: string;
let curator: Actor;
let moderator: Actor;
let georgianCurator: Actor;

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetToSeed(db);
  const ids = await db.diaspora.findMany({
    where: { slug: { in: ["armenian", "georgian"] } },
    select: { id: true, slug: true },
  });
  armenianId = ids.find((d) => d.slug === "armenian")!.id;
  georgianId = ids.find((d) => d.slug === "georgian")!.id;
  organizerId = (
    await db.organization.findUniqueOrThrow({
      where: { slug: "association-of-armenians-of-russia" },
      select: { id: true },
    })
  ).id;
  curator = await makeActor(db, "curator@example.org", "CURATOR", [armenianId]);
  georgianCurator = await makeActor(db, "georgian@example.org", "CURATOR", [georgianId]);
  moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
});

const submit = (actor: Actor | null, values: Record<string, string | string[]>, options = {}) =>
  submitRevision(eventKind, actor, values, options);

const newEvent = (overrides: Record<string, string | string[]> = {}) => ({
  version: "0",
  slug: "armenian-film-days-lyon-2024",
  type: "CULTURAL_DAYS",
  start: "2024-06-14",
  end: "2024-06-16",
  "title.ru": "Дни армянского кино в Лионе",
  "title.en": "Armenian Film Days in Lyon",
  "title.hy": "Հայկական կինոյի օրեր Լիոնում",
  "city.en": "Lyon",
  "city.ru": "Лион",
  "recurrence.en": "every June",
  "description.en": "",
  countryCode: "FR",
  onlineUrl: "https://films.example.org/lyon",
  organizerIds: [organizerId],
  diasporaIds: [armenianId],
  ...overrides,
});

/** Every row an event curation step could write, to prove a refused step wrote none. */
async function tableState() {
  const [events, translations, organizers, diasporas, sources, revisions, audit] = await Promise.all([
    db.event.findMany({
      select: { slug: true, version: true, type: true, startDate: true, datePrecision: true },
      orderBy: { slug: "asc" },
    }),
    db.eventTranslation.findMany({
      select: { eventId: true, locale: true, title: true, city: true },
      orderBy: [{ eventId: "asc" }, { locale: "asc" }],
    }),
    db.eventOrganizer.count(),
    db.eventDiaspora.count(),
    db.eventSource.count(),
    db.revision.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.auditLog.findMany({ where: { action: { not: "permission.denied" } }, select: { id: true } }),
  ]);
  return { events, translations, organizers, diasporas, sources, revisions, audit };
}

async function publicTitles(when: "upcoming" | "all" = "all") {
  const page = await listEvents({ locale: "en", when, today: TODAY, page: 1, pageSize: 500 });
  return page.items.map((e) => e.title?.value);
}

const searchIds = async (q: string) => (await rankMatches("event", parseSearchQuery(q), 50)).ids;

async function published(slug: string) {
  const stored = (await eventKind.find(db, slug))!;
  return { stored, values: eventKind.toValues(stored.snapshot, { id: stored.id, version: stored.version }) };
}

async function approve(result: Awaited<ReturnType<typeof submit>>) {
  if (!result.ok) throw new Error(`expected a revision, got ${JSON.stringify(result)}`);
  const approved = await approveRevision(moderator, { revisionId: result.revisionId });
  if (!approved.ok) throw new Error(`expected an approval, got ${JSON.stringify(approved)}`);
  return result.revisionId;
}

describe("a new event", () => {
  it("stays pending and off every public list until a moderator approves it, then is public", async () => {
    const saved = await submit(curator, newEvent(), { ipAddress: "192.0.2.1" });
    expect(saved).toMatchObject({ ok: true, entityId: null, slug: "armenian-film-days-lyon-2024" });
    if (!saved.ok) return;
    expect(await getEvent("armenian-film-days-lyon-2024", "en")).toBeNull();
    expect(await publicTitles()).not.toContain("Armenian Film Days in Lyon");
    expect((await getCalendarMonth({ locale: "en", month: "2024-06" })).items.map((e) => e.slug)).not.toContain(
      "armenian-film-days-lyon-2024",
    );
    expect(await searchIds("Armenian Film Days")).toEqual([]);
    const revision = await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect(revision).toMatchObject({
      entityType: "event",
      status: "PENDING",
      baseVersion: 0,
      authorId: curator.userId,
      entityId: null,
      diasporaIds: [armenianId],
    });
    expect(revision.snapshot).toMatchObject({
      slug: "armenian-film-days-lyon-2024",
      start: "2024-06-14",
      end: "2024-06-16",
      organizerIds: [organizerId],
      countryCode: "FR",
    });
    expect(
      await db.auditLog.count({
        where: { action: "revision.submitted", targetId: saved.revisionId, actorId: curator.userId },
      }),
    ).toBe(1);

    expect(await approveRevision(curator, { revisionId: saved.revisionId })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await approveRevision(moderator, { revisionId: saved.revisionId })).toMatchObject({ ok: true });

    const event = await getEvent("armenian-film-days-lyon-2024", "hy");
    expect(event).toMatchObject({
      type: "CULTURAL_DAYS",
      startDate: "2024-06-14",
      endDate: "2024-06-16",
      datePrecision: "DAY",
      countryCode: "FR",
      online: true,
      onlineUrl: "https://films.example.org/lyon",
      title: { value: "Հայկական կինոյի օրեր Լիոնում", locale: "hy", isFallback: false },
      city: { value: "Лион", locale: "ru", isFallback: true },
      organizers: [{ slug: "association-of-armenians-of-russia" }],
      diasporas: [{ slug: "armenian" }],
      citations: [],
    });
    // Under way on TODAY, so upcoming; on each of its days in the calendar; found by the search trigger's columns.
    expect(await publicTitles("upcoming")).toContain("Armenian Film Days in Lyon");
    expect((await getCalendarMonth({ locale: "en", month: "2024-06" })).items.map((e) => e.slug)).toContain(
      "armenian-film-days-lyon-2024",
    );
    expect(await searchIds("Armenian Film Days")).toEqual([event!.id]);
    expect(await searchIds("Дни армянского кино")).toEqual([event!.id]);
    const stored = await db.event.findUniqueOrThrow({
      where: { slug: "armenian-film-days-lyon-2024" },
      select: { id: true, version: true },
    });
    expect(stored.version).toBe(1);
    expect(await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).toMatchObject({
      status: "APPROVED",
      reviewerId: moderator.userId,
      entityId: stored.id,
    });
    expect(await approveRevision(moderator, { revisionId: saved.revisionId })).toMatchObject({
      ok: false,
      formError: "notPending",
    });
  });

  it("known only to the month or the year is stored as the period's first day with its precision", async () => {
    await approve(await submit(curator, newEvent({ start: "2024-05", end: "2024-06" })));
    const month = await getEvent("armenian-film-days-lyon-2024", "en");
    expect(month).toMatchObject({ startDate: "2024-05-01", endDate: "2024-06-01", datePrecision: "MONTH" });
    // The known period runs to the end of June, so it is still upcoming, and listed under the June calendar.
    expect(await publicTitles("upcoming")).toContain("Armenian Film Days in Lyon");
    expect((await getCalendarMonth({ locale: "en", month: "2024-06" })).items.map((e) => e.slug)).toContain(
      "armenian-film-days-lyon-2024",
    );

    const { values } = await published("armenian-film-days-lyon-2024");
    expect(values).toMatchObject({ start: "2024-05", end: "2024-06" });
    await approve(await submit(curator, { ...values, start: "2013", end: "" }));
    expect(await getEvent("armenian-film-days-lyon-2024", "en")).toMatchObject({
      startDate: "2013-01-01",
      endDate: null,
      datePrecision: "YEAR",
    });
    expect(await publicTitles("upcoming")).not.toContain("Armenian Film Days in Lyon");

    const undated = await published("armenian-film-days-lyon-2024");
    await approve(await submit(curator, { ...undated.values, start: "" }));
    expect(await getEvent("armenian-film-days-lyon-2024", "en")).toMatchObject({ startDate: null, endDate: null });
  });
});

describe("an edit of a published event", () => {
  it("leaves the published version online until approval, then publishes it and keeps the address and sources", async () => {
    const { stored, values } = await published(SEEDED);
    expect(stored.version).toBe(1);
    const sources = await db.eventSource.findMany({
      where: { eventId: stored.id },
      select: { id: true, sourceId: true, facts: true },
    });
    expect(sources.length).toBeGreaterThan(0);
    const edit = {
      ...values,
      slug: "renamed-by-a-crafted-post",
      "title.en": "Portal to the Armenian World (online)",
      start: "2019",
      onlineUrl: "https://portal.example.am",
      organizerIds: [],
    };
    const saved = await submit(curator, edit);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect((await getEvent(SEEDED, "en"))!.title!.value).toBe("“Portal to the Armenian World”");
    expect(await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).toMatchObject({
      status: "PENDING",
      baseVersion: 1,
      entityId: stored.id,
    });

    // Reopening the form, the curator continues from their pending draft; others start from the published event.
    expect(await getDraft(eventKind, SEEDED, curator.userId)).toMatchObject({
      version: 1,
      fromPendingRevision: true,
      snapshot: { start: "2019" },
    });
    expect(await getDraft(eventKind, SEEDED, moderator.userId)).toMatchObject({
      version: 1,
      fromPendingRevision: false,
      snapshot: { start: null },
    });

    expect(await approveRevision(moderator, { revisionId: saved.revisionId })).toMatchObject({ ok: true });
    expect(await getEvent("renamed-by-a-crafted-post", "en")).toBeNull();
    const event = await getEvent(SEEDED, "en");
    expect(event).toMatchObject({
      title: { value: "Portal to the Armenian World (online)" },
      startDate: "2019-01-01",
      datePrecision: "YEAR",
      onlineUrl: "https://portal.example.am",
      organizers: [],
    });
    expect(event!.citations.length).toBe(sources.length);
    expect(
      await db.eventSource.findMany({
        where: { eventId: stored.id },
        select: { id: true, sourceId: true, facts: true },
      }),
    ).toEqual(sources);
    expect((await db.event.findUniqueOrThrow({ where: { id: stored.id } })).version).toBe(2);
    expect(await searchIds("Portal Armenian World online")).toContain(stored.id);
  });

  it("started from an older version gets a conflict with both values, and the database is unchanged", async () => {
    const { values } = await published(SEEDED);
    const first = await submit(curator, { ...values, countryCode: "RU" });
    // Another curator's draft: the moderator may not approve a revision of their own (four eyes).
    const second = await submit(await makeActor(db, "second-author@example.org", "CURATOR", [armenianId]), {
      ...values,
      countryCode: "AM",
    });
    await approve(first);
    if (!second.ok) throw new Error("expected a second revision");

    const before = await tableState();
    expect(await approveRevision(moderator, { revisionId: second.revisionId })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "staleVersion",
      conflict: [{ field: "countryCode", published: "RU", yours: "AM" }],
    });
    expect(await submit(curator, { ...values, countryCode: "FR" })).toMatchObject({
      ok: false,
      formError: "staleVersion",
      conflict: [{ field: "countryCode", published: "RU", yours: "FR" }],
    });
    expect(await tableState()).toEqual(before);
  });
});

describe("refusals and bad input", () => {
  it("refuses a curator of another diaspora, audits it, and changes nothing", async () => {
    const { stored, values } = await published(SEEDED);
    const before = await tableState();

    expect(
      await submit(
        georgianCurator,
        { ...values, diasporaIds: [armenianId, georgianId], "title.en": "Hacked" },
        { ipAddress: "203.0.113.5" },
      ),
    ).toEqual({ ok: false, fieldErrors: {}, formError: "forbidden" });
    expect(await submit(georgianCurator, newEvent({ slug: "crafted" }))).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await submit(curator, newEvent({ slug: "sneaky", diasporaIds: [armenianId, georgianId] }))).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await submit(null, newEvent())).toMatchObject({ ok: false, formError: "forbidden" });

    expect(await tableState()).toEqual(before);
    const denied = await db.auditLog.findMany({
      where: { action: "permission.denied" },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, targetType: true, targetId: true, ipAddress: true, details: true },
    });
    expect(denied.slice(0, 3)).toEqual([
      {
        actorId: georgianCurator.userId,
        targetType: "event",
        targetId: stored.id,
        ipAddress: "203.0.113.5",
        details: { permission: "update:event", diasporaIds: [armenianId] },
      },
      {
        actorId: georgianCurator.userId,
        targetType: "event",
        targetId: null,
        ipAddress: null,
        details: { permission: "create:event", diasporaIds: [armenianId] },
      },
      {
        actorId: curator.userId,
        targetType: "event",
        targetId: null,
        ipAddress: null,
        details: { permission: "create:event", diasporaIds: [georgianId] },
      },
    ]);
  });

  it.each([
    [
      "empty",
      { "title.ru": "", "title.en": "", "title.hy": "", type: "", diasporaIds: [] },
      { "title.ru": ["titleRequired"], type: ["chooseEventType"], diasporaIds: ["chooseDiaspora"] },
    ],
    [
      "oversized",
      { "description.en": "x".repeat(100_000), "title.en": "y".repeat(100_000) },
      { "description.en": ["tooLong"], "title.en": ["tooLong"] },
    ],
    [
      "script-laden",
      {
        "title.en": "<script>alert(1)</script>",
        onlineUrl: "javascript:alert(1)",
        "recurrence.ru": "<img src=x onerror=alert(1)>",
      },
      { "title.en": ["markup"], onlineUrl: ["url"], "recurrence.ru": ["markup"] },
    ],
    [
      "odd unicode",
      { "title.ru": "Дни\u202Eкино", "city.en": "Ly\u0000on" },
      { "title.ru": ["invisibleCharacters"], "city.en": ["invisibleCharacters"] },
    ],
    [
      "wrong types",
      { type: "PARTY", countryCode: "France", organizerIds: ["1"], version: "x", slug: "Not a slug!" },
      { type: ["invalid"], countryCode: ["invalid"], organizerIds: ["invalid"], version: ["invalid"], slug: ["slug"] },
    ],
    ["impossible dates", { start: "2024-02-30", end: "2024-13-01" }, { start: ["noSuchDate"], end: ["noSuchDate"] }],
    ["an end before the start", { start: "2024-06-16", end: "2024-06-14" }, { end: ["endBeforeStart"] }],
    ["dates of different precision", { start: "2024-06-14", end: "2024-07" }, { end: ["datePrecision"] }],
  ])("rejects %s input with field errors and leaves the database unchanged", async (_label, overrides, errors) => {
    const before = await databaseFingerprint(db);
    const result = await submit(curator, newEvent(overrides as Record<string, string>));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual(errors);
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("rejects organizers, a country or diasporas that do not exist, and an address already taken", async () => {
    expect(
      await submit(
        curator,
        newEvent({ organizerIds: [organizerId, "00000000-0000-4000-8000-000000000000"], countryCode: "QQ" }),
      ),
    ).toEqual({
      ok: false,
      fieldErrors: { organizerIds: ["unknownReference"], countryCode: ["unknownReference"] },
    });
    expect(await submit(moderator, newEvent({ diasporaIds: ["00000000-0000-4000-8000-000000000001"] }))).toMatchObject({
      ok: false,
      fieldErrors: { diasporaIds: ["unknownReference"] },
    });
    expect(await submit(curator, newEvent({ slug: SEEDED }))).toEqual({
      ok: false,
      fieldErrors: { slug: ["slugTaken"] },
    });
    expect(await db.revision.count()).toBe(0);
  });
});

describe("history and restore", () => {
  it("restores an old revision as a new pending one whose approval brings the old values back; the history diffs any two", async () => {
    const { stored, values } = await published(SEEDED);
    const firstId = await approve(await submit(curator, { ...values, start: "2018-06", "city.en": "Moscow" }));
    const second = await published(SEEDED);
    const secondId = await approve(
      await submit(curator, { ...second.values, start: "2018-06-20", "city.en": "Yerevan", type: "FORUM" }),
    );
    expect((await getEvent(SEEDED, "en"))!).toMatchObject({
      startDate: "2018-06-20",
      city: { value: "Yerevan" },
      type: "FORUM",
    });

    // Restoring what is already published, or from an outdated page, is refused.
    expect(await restoreRevision(curator, { revisionId: secondId, version: "3" })).toMatchObject({
      ok: false,
      formError: "sameAsPublished",
    });
    expect(await restoreRevision(curator, { revisionId: firstId, version: "2" })).toMatchObject({
      ok: false,
      formError: "staleVersion",
    });
    expect(await restoreRevision(georgianCurator, { revisionId: firstId, version: "3" })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });

    const restored = await restoreRevision(curator, { revisionId: firstId, version: "3" });
    expect(restored).toMatchObject({ ok: true, entityId: stored.id });
    if (!restored.ok) return;
    expect(await db.revision.findUniqueOrThrow({ where: { id: restored.revisionId } })).toMatchObject({
      status: "PENDING",
      baseVersion: 3,
    });
    expect(
      await db.auditLog.findFirstOrThrow({
        where: { action: "revision.submitted", targetId: restored.revisionId },
        select: { details: true },
      }),
    ).toMatchObject({ details: { restoredFrom: firstId } });
    expect((await getEvent(SEEDED, "en"))!.city!.value).toBe("Yerevan");
    await approveRevision(moderator, { revisionId: restored.revisionId });
    expect((await getEvent(SEEDED, "en"))!).toMatchObject({
      startDate: "2018-06-01",
      datePrecision: "MONTH",
      city: { value: "Moscow" },
      type: "ONLINE_PROJECT",
    });

    const now = (await eventKind.find(db, SEEDED))!;
    expect(now.version).toBe(4);
    const history = await getHistory(eventKind, now, "en", { from: firstId, to: secondId });
    expect(history.entries.map((e) => e.id)).toEqual([PUBLISHED, restored.revisionId, secondId, firstId]);
    expect(history.entries.map((e) => e.status)).toEqual(["PUBLISHED", "APPROVED", "APPROVED", "APPROVED"]);
    expect(history.compared).toEqual({
      from: firstId,
      to: secondId,
      changes: [
        { field: "city.en", before: "Moscow", after: "Yerevan" },
        { field: "type", before: "Online project", after: "Forum" },
        { field: "start", before: "2018-06", after: "2018-06-20" },
      ],
    });
  });
});
