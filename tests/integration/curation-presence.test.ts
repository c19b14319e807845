// Population figures through curation, against the test database: a curator's figure is a pending revision that
// the diaspora and country pages do not show until a moderator approves it; edits keep the public figure until
// approval; the (diaspora, country, year) triple stays unique, at submit and at approval; refusals, stale versions
// and bad input leave every table as it was; old revisions can be restored and compared.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { getDraft } from "../../lib/curation/get-draft";
import { getHistory, PUBLISHED } from "../../lib/curation/history";
import { presenceKind } from "../../lib/diasporas/presence/kind";
import { listEditableEntries } from "../../lib/curation/list-entries";
import { listMyRevisions, listPendingRevisions } from "../../lib/curation/list-revisions";
import { restoreRevision } from "../../lib/curation/restore-revision";
import { approveRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import type { CurationResult } from "../../lib/curation/result";
import { getHostCountry } from "../../lib/countries/get-host-country";
import { getDiaspora } from "../../lib/diasporas/get-diaspora";
import { makeActor } from "../support/actors";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let armenianId: string;
let georgianId: string;
let sourceId: string;
let curator: Actor;
let georgianCurator: Actor;
let moderator: Actor;

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetToSeed(db);
  const ids = await db.diaspora.findMany({
    where: { slug: { in: ["armenian", "georgian"] } },
    select: { id: true, slug: true },
  });
  armenianId = ids.find((d) => d.slug === "armenian")!.id;
  georgianId = ids.find((d) => d.slug === "georgian")!.id;
  sourceId = (await db.source.findUniqueOrThrow({ where: { key: "brubaker-2000" }, select: { id: true } })).id;
  curator = await makeActor(db, "curator@example.org", "CURATOR", [armenianId]);
  georgianCurator = await makeActor(db, "georgian@example.org", "CURATOR", [georgianId]);
  moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
});

const newFigure = (overrides: Record<string, string> = {}) => ({
  version: "0",
  diasporaId: armenianId,
  hostCountry: "FR",
  population: "600 000",
  year: "2020",
  "note.ru": "более 600 000",
  "note.en": "over 600,000",
  "note.hy": "",
  sourceId,
  locator: "p. 12",
  ...overrides,
});

const submit = (actor: Actor, values: Record<string, string>, options = {}) =>
  submitRevision(presenceKind, actor, values, options);
const revisionOf = (result: CurationResult) => {
  if (!result.ok) throw new Error(`expected a revision, got ${JSON.stringify(result)}`);
  return result.revisionId;
};
async function publish(values: Record<string, string>) {
  expect(await approveRevision(moderator, { revisionId: revisionOf(await submit(curator, values)) })).toMatchObject({
    ok: true,
  });
  const row = await db.diasporaPresence.findFirstOrThrow({
    where: {
      diasporaId: values.diasporaId,
      countryCode: values.hostCountry,
      year: values.year ? Number(values.year) : null,
    },
  });
  return {
    row,
    values: presenceKind.toValues((await presenceKind.load(db, row.id))!.snapshot, {
      id: row.id,
      version: row.version,
    }) as Record<string, string>,
  };
}

/** The French figure on the Armenian diaspora's page and on France's page, as readers see them. */
async function publicFigure(locale = "en") {
  const diaspora = (await getDiaspora("armenian", locale))!;
  const country = (await getHostCountry("FR", locale))!;
  const onDiaspora = diaspora.presences.find((p) => p.countryCode === "FR");
  const onCountry = country.presences.find((p) => p.diaspora.slug === "armenian");
  expect(onCountry && { population: onCountry.population, year: onCountry.year, note: onCountry.note }).toEqual(
    onDiaspora && { population: onDiaspora.population, year: onDiaspora.year, note: onDiaspora.note },
  );
  return onDiaspora
    ? {
        ...onDiaspora,
        citation: onDiaspora.sourceNumber
          ? diaspora.citations.find((c) => c.number === onDiaspora.sourceNumber)
          : undefined,
      }
    : undefined;
}

/** Every row a curation step could write, to prove a refused step wrote none. */
async function tableState() {
  const [presences, revisions, audit] = await Promise.all([
    db.diasporaPresence.findMany({
      select: {
        id: true,
        diasporaId: true,
        countryCode: true,
        population: true,
        year: true,
        note: true,
        sourceId: true,
        locator: true,
        version: true,
      },
      orderBy: { id: "asc" },
    }),
    db.revision.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.auditLog.findMany({
      where: { action: { not: "permission.denied" } },
      select: { id: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { presences, revisions, audit };
}

describe("a new population figure", () => {
  it("stays pending and off the diaspora and country pages until approved, then both show it", async () => {
    const saved = await submit(curator, newFigure(), { ipAddress: "192.0.2.1" });
    expect(saved).toMatchObject({ ok: true, entityId: null });
    const revisionId = revisionOf(saved);
    expect(await publicFigure()).toBeUndefined();
    expect(await db.diasporaPresence.count({ where: { countryCode: "FR" } })).toBe(0);
    const revision = await db.revision.findUniqueOrThrow({ where: { id: revisionId } });
    expect(revision).toMatchObject({
      entityType: "presence",
      status: "PENDING",
      baseVersion: 0,
      entityId: null,
      authorId: curator.userId,
      diasporaIds: [armenianId],
    });
    expect(revision.snapshot).toEqual({
      diasporaId: armenianId,
      countryCode: "FR",
      population: 600000,
      year: 2020,
      note: { en: "over 600,000", ru: "более 600 000" },
      inferredFrom: {},
      sourceId,
      locator: "p. 12",
    });
    expect(
      await db.auditLog.count({
        where: { action: "revision.submitted", targetId: revisionId, actorId: curator.userId },
      }),
    ).toBe(1);

    // Named in the reader's language on the dashboard and in the queue, with the fields by name.
    expect((await listMyRevisions(curator.userId, "ru"))[0]).toMatchObject({
      entityType: "presence",
      name: { value: "Армянская диаспора — Франция, 2020" },
      isNew: true,
      editHref: null,
    });
    const [pending] = await listPendingRevisions(moderator, "en");
    expect(pending).toMatchObject({ name: { value: "Armenian diaspora — France, 2020" }, stale: false });
    expect(pending!.changes).toEqual(
      expect.arrayContaining([
        { field: "diasporaId", before: "", after: "Armenian diaspora" },
        { field: "hostCountry", before: "", after: "France" },
        { field: "population", before: "", after: "600000" },
        { field: "note.ru", before: "", after: "более 600 000" },
        { field: "sourceId", before: "", after: expect.stringContaining("[brubaker-2000]") },
      ]),
    );

    expect(await approveRevision(curator, { revisionId })).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await approveRevision(moderator, { revisionId })).toMatchObject({ ok: true });
    expect(await publicFigure("ru")).toMatchObject({
      population: 600000,
      year: 2020,
      note: { value: "более 600 000", locale: "ru" },
      citation: { locator: "p. 12", source: { key: "brubaker-2000" } },
    });
    expect((await publicFigure("hy"))!.note).toEqual({ value: "более 600 000", locale: "ru", isFallback: true });
    const row = await db.diasporaPresence.findFirstOrThrow({ where: { diasporaId: armenianId, countryCode: "FR" } });
    expect(row).toMatchObject({ version: 1, population: 600000, year: 2020, sourceId, locator: "p. 12" });
    expect(await db.revision.findUniqueOrThrow({ where: { id: revisionId } })).toMatchObject({
      status: "APPROVED",
      entityId: row.id,
      reviewerId: moderator.userId,
    });
    expect(await db.auditLog.count({ where: { action: "revision.approved", targetId: revisionId } })).toBe(1);
  });

  it("may have no figure, only a qualifier, and no source: empty fields are stored as null", async () => {
    await publish(
      newFigure({ population: "", year: "", "note.ru": "несколько тысяч", "note.en": "", sourceId: "", locator: "" }),
    );
    expect(
      await db.diasporaPresence.findFirstOrThrow({
        where: { diasporaId: armenianId, countryCode: "FR" },
        select: { population: true, year: true, note: true, sourceId: true, locator: true },
      }),
    ).toEqual({ population: null, year: null, note: { ru: "несколько тысяч" }, sourceId: null, locator: null });
    expect(await publicFigure("en")).toMatchObject({
      population: null,
      year: null,
      note: { value: "несколько тысяч", isFallback: true },
      sourceNumber: null,
    });
  });
});

describe("an edit of a published figure", () => {
  it("leaves the public figure until approval, then publishes the new one", async () => {
    const { row, values } = await publish(newFigure());
    const saved = await submit(curator, {
      ...values,
      population: "650000",
      "note.ru": "",
      "note.en": "about 650,000",
      "note.hy": "մոտ 650 000",
    });
    const revisionId = revisionOf(saved);
    expect(await publicFigure()).toMatchObject({ population: 600000, note: { value: "over 600,000" } });
    expect(await db.revision.findUniqueOrThrow({ where: { id: revisionId } })).toMatchObject({
      status: "PENDING",
      baseVersion: 1,
      entityId: row.id,
    });
    // The curator reopens their pending draft; others start from the published figure.
    expect(await getDraft(presenceKind, row.id, curator.userId)).toMatchObject({
      version: 1,
      fromPendingRevision: true,
      snapshot: { population: 650000 },
    });
    expect(await getDraft(presenceKind, row.id, moderator.userId)).toMatchObject({
      version: 1,
      fromPendingRevision: false,
      snapshot: { population: 600000 },
    });

    const [pending] = await listPendingRevisions(moderator, "en");
    expect(pending!.changes).toEqual([
      { field: "population", before: "600000", after: "650000" },
      { field: "note.en", before: "over 600,000", after: "about 650,000" },
      { field: "note.ru", before: "более 600 000", after: "" },
      { field: "note.hy", before: "", after: "մոտ 650 000" },
    ]);
    expect(await approveRevision(moderator, { revisionId })).toMatchObject({ ok: true });
    expect(await publicFigure("hy")).toMatchObject({
      population: 650000,
      note: { value: "մոտ 650 000", isFallback: false },
    });
    expect(await db.diasporaPresence.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      version: 2,
      note: { en: "about 650,000", hy: "մոտ 650 000" },
    });
  });

  it("started from an older version gets a conflict with both values, and the database is unchanged", async () => {
    const { values } = await publish(newFigure());
    const first = revisionOf(await submit(curator, { ...values, population: "610000" }));
    // Another curator's draft: the moderator may not approve a revision of their own (four eyes).
    const second = revisionOf(
      await submit(await makeActor(db, "second-author@example.org", "CURATOR", [armenianId]), {
        ...values,
        population: "620000",
      }),
    );
    expect(await approveRevision(moderator, { revisionId: first })).toMatchObject({ ok: true });

    const before = await tableState();
    expect(await approveRevision(moderator, { revisionId: second })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "staleVersion",
      conflict: [{ field: "population", published: "610000", yours: "620000" }],
    });
    expect(await submit(curator, { ...values, population: "630000" })).toMatchObject({
      ok: false,
      formError: "staleVersion",
      conflict: [{ field: "population", published: "610000", yours: "630000" }],
      publishedVersion: 2,
    });
    expect(await tableState()).toEqual(before);
  });
});

describe("one figure per diaspora, country and year", () => {
  it("refuses a second figure for the same triple, undated ones included, beside the year", async () => {
    await publish(newFigure());
    expect(await submit(curator, newFigure({ population: "1" }))).toEqual({
      ok: false,
      fieldErrors: { year: ["presenceTaken"] },
    });
    // The seed holds an undated Armenian figure for Russia; a second undated one clashes, a dated one does not.
    expect(await submit(curator, newFigure({ hostCountry: "RU", year: "" }))).toEqual({
      ok: false,
      fieldErrors: { year: ["presenceTaken"] },
    });
    expect(await submit(curator, newFigure({ hostCountry: "RU", year: "2010" }))).toMatchObject({ ok: true });
    // Moving a published figure onto another one's year clashes too; keeping its own triple does not.
    const { values } = await publish(newFigure({ year: "2015" }));
    expect(await submit(curator, { ...values, year: "2020" })).toEqual({
      ok: false,
      fieldErrors: { year: ["presenceTaken"] },
    });
    expect(await submit(curator, { ...values, population: "590000" })).toMatchObject({ ok: true });
  });

  it("checks again at approval: the second of two pending figures for one triple is refused and nothing changes", async () => {
    const first = revisionOf(await submit(curator, newFigure()));
    // Another curator's draft: the moderator may not approve a revision of their own (four eyes).
    const second = revisionOf(
      await submit(
        await makeActor(db, "second-author@example.org", "CURATOR", [armenianId]),
        newFigure({ population: "700000" }),
      ),
    );
    expect(await approveRevision(moderator, { revisionId: first })).toMatchObject({ ok: true });
    const before = await tableState();
    expect(await approveRevision(moderator, { revisionId: second })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "presenceTaken",
    });
    expect(await tableState()).toEqual(before);
    expect(await db.revision.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: "PENDING" });
  });
});

describe("refusals and bad input", () => {
  it("refuses a curator of another diaspora, audits it, and changes nothing", async () => {
    const { row, values } = await publish(newFigure());
    const before = await tableState();
    expect(await submit(georgianCurator, { ...values, population: "1" }, { ipAddress: "203.0.113.5" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "forbidden",
    });
    // Moving the Armenian figure into their own diaspora, a crafted new Armenian figure, and an Armenian curator
    // moving theirs into the Georgian diaspora.
    expect(await submit(georgianCurator, { ...values, diasporaId: georgianId })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await submit(georgianCurator, newFigure({ hostCountry: "DE" }))).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await submit(curator, { ...values, diasporaId: georgianId })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await tableState()).toEqual(before);
    const denied = await db.auditLog.findMany({
      where: { action: "permission.denied" },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, targetType: true, targetId: true, ipAddress: true, details: true },
    });
    expect(denied).toEqual([
      {
        actorId: georgianCurator.userId,
        targetType: "presence",
        targetId: row.id,
        ipAddress: "203.0.113.5",
        details: { permission: "update:presence", diasporaIds: [armenianId] },
      },
      {
        actorId: georgianCurator.userId,
        targetType: "presence",
        targetId: row.id,
        ipAddress: null,
        details: { permission: "update:presence", diasporaIds: [armenianId] },
      },
      {
        actorId: georgianCurator.userId,
        targetType: "presence",
        targetId: null,
        ipAddress: null,
        details: { permission: "create:presence", diasporaIds: [armenianId] },
      },
      {
        actorId: curator.userId,
        targetType: "presence",
        targetId: row.id,
        ipAddress: null,
        details: { permission: "update:presence", diasporaIds: [georgianId] },
      },
    ]);
  });

  it.each([
    [
      "empty",
      {
        diasporaId: "",
        hostCountry: "",
        population: "",
        year: "",
        "note.ru": "",
        "note.en": "",
        sourceId: "",
        locator: "p. 3",
      },
      { diasporaId: ["chooseOneDiaspora"], hostCountry: ["chooseCountry"], locator: ["locatorWithoutSource"] },
    ],
    [
      "oversized",
      { "note.en": "x".repeat(100_000), locator: "y".repeat(100_000), population: "9".repeat(100_000) },
      { "note.en": ["tooLong"], locator: ["tooLong"], population: ["population"] },
    ],
    [
      "script-laden",
      { "note.en": "<script>alert(1)</script>", locator: "javascript:alert(1)" },
      { "note.en": ["markup"], locator: ["markup"] },
    ],
    [
      "odd unicode",
      { "note.ru": "более\u202E600 000", locator: "p.\u0000 12" },
      { "note.ru": ["invisibleCharacters"], locator: ["invisibleCharacters"] },
    ],
    [
      "wrong types",
      {
        population: "many",
        year: "1700",
        hostCountry: "France",
        sourceId: "brubaker-2000",
        version: "x",
        diasporaId: "armenian",
      },
      {
        population: ["population"],
        year: ["yearRange"],
        hostCountry: ["invalid"],
        sourceId: ["invalid"],
        version: ["invalid"],
        diasporaId: ["invalid"],
      },
    ],
    [
      "out of range",
      { population: "0", year: String(new Date().getUTCFullYear() + 1) },
      { population: ["population"], year: ["yearRange"] },
    ],
  ])("rejects %s input with field errors and leaves the database unchanged", async (_label, overrides, errors) => {
    const before = await tableState();
    const result = await submit(curator, newFigure(overrides));
    expect(result).toEqual({ ok: false, fieldErrors: errors });
    expect(await tableState()).toEqual(before);
  });

  it("rejects a country, diaspora or source that does not exist", async () => {
    expect(await submit(curator, newFigure({ hostCountry: "QQ" }))).toEqual({
      ok: false,
      fieldErrors: { hostCountry: ["unknownReference"] },
    });
    expect(await submit(curator, newFigure({ sourceId: "00000000-0000-4000-8000-000000000000" }))).toEqual({
      ok: false,
      fieldErrors: { sourceId: ["unknownReference"] },
    });
    // A global moderator passes the permission check, so only the reference check stands in the way.
    expect(await submit(moderator, newFigure({ diasporaId: "00000000-0000-4000-8000-000000000000" }))).toEqual({
      ok: false,
      fieldErrors: { diasporaId: ["unknownReference"] },
    });
    expect(await db.revision.count()).toBe(0);
  });
});

describe("history and restore", () => {
  it("lists the revisions, compares two, and restores an old one through review", async () => {
    const { row, values } = await publish(newFigure());
    expect(
      await approveRevision(moderator, {
        revisionId: revisionOf(await submit(curator, { ...values, population: "650000", locator: "p. 14" })),
      }),
    ).toMatchObject({ ok: true });
    const stored = (await presenceKind.load(db, row.id))!;
    expect(stored.version).toBe(2);

    const history = await getHistory(presenceKind, stored, "en");
    expect(history.entries.map((e) => e.status)).toEqual(["PUBLISHED", "APPROVED", "APPROVED"]);
    const [, newer, older] = history.entries;
    expect(history.compared).toEqual({
      from: older!.id,
      to: newer!.id,
      changes: [
        { field: "population", before: "600000", after: "650000" },
        { field: "locator", before: "p. 12", after: "p. 14" },
      ],
    });
    expect(
      (await getHistory(presenceKind, stored, "en", { from: older!.id, to: PUBLISHED })).compared!.changes,
    ).toHaveLength(2);

    expect(await restoreRevision(georgianCurator, { revisionId: older!.id, version: "2" })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    const restored = await restoreRevision(curator, { revisionId: older!.id, version: "2" });
    expect(await db.revision.findUniqueOrThrow({ where: { id: revisionOf(restored) } })).toMatchObject({
      status: "PENDING",
      baseVersion: 2,
      entityId: row.id,
    });
    expect(await publicFigure()).toMatchObject({ population: 650000 });
    expect(await approveRevision(moderator, { revisionId: revisionOf(restored) })).toMatchObject({ ok: true });
    expect(await publicFigure()).toMatchObject({ population: 600000, citation: { locator: "p. 12" } });
    expect(await restoreRevision(curator, { revisionId: older!.id, version: "3" })).toMatchObject({
      ok: false,
      formError: "sameAsPublished",
    });
  });
});

describe("the list of figures a curator may edit", () => {
  it("holds the curator's diasporas' figures, titled in the reader's language, found by country name in any language", async () => {
    const { row } = await publish(newFigure());
    const list = await listEditableEntries(presenceKind, curator, "ru", "", 1);
    expect(list.rows.every((r) => r.publicHref === "/diasporas/armenian")).toBe(true);
    expect(list.rows).toContainEqual({
      ref: row.id,
      key: "FR 2020",
      title: { value: "Армянская диаспора — Франция, 2020", locale: "ru", isFallback: false },
      version: 1,
      publicHref: "/diasporas/armenian",
    });
    expect(
      (await listEditableEntries(presenceKind, georgianCurator, "en", "", 1)).rows.map((r) => r.title?.value),
    ).toEqual(["Georgian diaspora — Russia"]);
    for (const q of ["Франция", "france", "Prantsusmaa", "FR", "2020", "армян"]) {
      expect(
        (await listEditableEntries(presenceKind, curator, "en", q, 1)).rows.map((r) => r.ref),
        q,
      ).toContain(row.id);
    }
    expect((await listEditableEntries(presenceKind, curator, "en", "Japan", 1)).total).toBe(0);
    // Anything in a curation URL that is not a figure's id finds nothing (and does not fail).
    expect(await presenceKind.find(db, "armenian")).toBeNull();
    expect(await presenceKind.find(db, row.id)).toMatchObject({ id: row.id, version: 1 });
  });
});
