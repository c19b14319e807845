// Sources (bibliography entries) through the revision workflow, against the test database. Invariants: a source is
// written only by a moderator's approval; who may edit it follows the entries citing it (any citing diaspora's
// curators; an uncited one, global roles only) while anyone with a curator role may propose a new one; refusals,
// stale versions and bad input leave every table as it was; every page that prints the source shows the approved
// version and, before approval, the old one.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { getHostCountry } from "../../lib/countries/get-host-country";
import { getDraft } from "../../lib/curation/get-draft";
import { getHistory, PUBLISHED } from "../../lib/curation/history";
import { sourceKind } from "../../lib/sources/kind";
import { listEditableEntries } from "../../lib/curation/list-entries";
import { restoreRevision } from "../../lib/curation/restore-revision";
import { approveRevision, rejectRevision } from "../../lib/curation/review-revision";
import { sourceValues } from "../../lib/sources/form-values";
import { submitRevision, type SubmitOptions } from "../../lib/curation/submit-revision";
import { getDiaspora } from "../../lib/diasporas/get-diaspora";
import { getEvent } from "../../lib/events/get-event";
import { getOrganization } from "../../lib/organizations/get-organization";
import { makeActor } from "../support/actors";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
// Cited by an Armenian organization and an Armenian event, nothing else.
const REGNUM = "regnum-2018-union-of-armenians-of-russia";
const ARMENIAN_ORG = "association-of-armenians-of-russia";
const ARMENIAN_EVENT = "presentation-of-the-association-of-armenians-of-russia-2018";
let diaspora: Record<string, string>;
let curator: Actor;
let georgianCurator: Actor;
let armenianModerator: Actor;
let georgianModerator: Actor;
let moderator: Actor;

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetToSeed(db);
  diaspora = Object.fromEntries(
    (await db.diaspora.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]),
  );
  curator = await makeActor(db, "curator@example.org", "CURATOR", [diaspora.armenian!]);
  georgianCurator = await makeActor(db, "georgian@example.org", "CURATOR", [diaspora.georgian!]);
  armenianModerator = await makeActor(db, "armenian-moderator@example.org", "MODERATOR", [diaspora.armenian!]);
  georgianModerator = await makeActor(db, "georgian-moderator@example.org", "MODERATOR", [diaspora.georgian!]);
  moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
});

const submit = (actor: Actor | null, values: Record<string, string | string[]>, options?: SubmitOptions) =>
  submitRevision(sourceKind, actor, values, options);

const newSource = (overrides: Record<string, string | string[]> = {}) => ({
  version: "0",
  key: "petrosyan-2021",
  authors: "A. Petrosyan",
  title: "Armenian community media in France",
  publication: "Diaspora Studies",
  volume: "14",
  issue: "2",
  pages: "201–219",
  place: "",
  publisher: "",
  year: "2021",
  url: "https://example.org/diaspora-studies/14/2",
  accessedOn: "2024-03-01",
  note: "",
  ...overrides,
});

/** Every row a curation step could write, to prove a refused step wrote none. */
async function tableState() {
  const [sources, revisions, audit] = await Promise.all([
    db.source.findMany({
      select: { key: true, version: true, title: true, year: true, updatedAt: true },
      orderBy: { key: "asc" },
    }),
    db.revision.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.auditLog.findMany({ where: { action: { not: "permission.denied" } }, select: { id: true } }),
  ]);
  return { sources, revisions, audit };
}

/** The published source as the edit form starts from it. */
async function publishedValues(key: string) {
  const stored = (await sourceKind.find(db, key))!;
  return { stored, values: sourceValues(stored.snapshot, { id: stored.id, version: stored.version }) };
}

async function approved(result: Awaited<ReturnType<typeof submit>>, by: Actor = moderator) {
  if (!result.ok) throw new Error(`expected a revision, got ${JSON.stringify(result)}`);
  expect(await approveRevision(by, { revisionId: result.revisionId })).toMatchObject({ ok: true });
  return result.revisionId;
}

/** The source of `key` as a page's reference list holds it. */
const cited = <S extends { key: string }>(citations: { source: S }[], key: string): S | undefined =>
  citations.find((c) => c.source.key === key)?.source;

describe("a new source", () => {
  it("stays pending and unpublished until a moderator of the author's diaspora approves it; cited, readers then see it", async () => {
    const saved = await submit(curator, newSource(), { ipAddress: "192.0.2.1" });
    expect(saved).toMatchObject({ ok: true, entityId: null, slug: "petrosyan-2021" });
    if (!saved.ok) return;
    expect(await db.source.findUnique({ where: { key: "petrosyan-2021" } })).toBeNull();
    expect((await sourceKind.list(db, { diasporaIds: null, q: "petrosyan", skip: 0, take: 10 })).total).toBe(0);
    const revision = await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    // Linked to no diaspora itself, it goes to the moderators of its author's diasporas.
    expect(revision).toMatchObject({
      entityType: "source",
      status: "PENDING",
      baseVersion: 0,
      entityId: null,
      authorId: curator.userId,
      diasporaIds: [diaspora.armenian],
    });
    expect(revision.snapshot).toMatchObject({
      key: "petrosyan-2021",
      year: 2021,
      accessedOn: "2024-03-01",
      place: null,
      citedIn: [],
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
    expect(await approveRevision(georgianModerator, { revisionId: saved.revisionId })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await approveRevision(armenianModerator, { revisionId: saved.revisionId })).toMatchObject({ ok: true });

    const row = await db.source.findUniqueOrThrow({ where: { key: "petrosyan-2021" } });
    expect(row).toMatchObject({
      version: 1,
      authors: "A. Petrosyan",
      title: "Armenian community media in France",
      issue: "2",
      year: 2021,
      place: null,
      accessedOn: new Date("2024-03-01T00:00:00Z"),
    });
    expect(await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).toMatchObject({
      status: "APPROVED",
      entityId: row.id,
    });

    // Once an entry cites it, its profile's reference list prints it.
    const organization = await db.organization.findUniqueOrThrow({
      where: { slug: ARMENIAN_ORG },
      select: { id: true },
    });
    await db.organizationSource.create({
      data: { organizationId: organization.id, sourceId: row.id, facts: ["channels"], position: 99 },
    });
    expect(cited((await getOrganization(ARMENIAN_ORG, "en"))!.citations, "petrosyan-2021")).toMatchObject({
      title: "Armenian community media in France",
      accessedOn: "2024-03-01",
      pages: "201–219",
    });
  });

  it("may be proposed by a curator of any diaspora", async () => {
    const saved = await submit(georgianCurator, newSource({ key: "beridze-2020" }));
    expect(saved).toMatchObject({ ok: true });
    if (saved.ok)
      expect((await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).diasporaIds).toEqual([
        diaspora.georgian,
      ]);
    expect(await submit(null, newSource({ key: "anonymous-2020" }))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "forbidden",
    });
  });

  it("cannot take a key already in use: a field error when saved, refused again at approval", async () => {
    const before = await tableState();
    expect(await submit(curator, newSource({ key: "mehdieva-2014" }))).toEqual({
      ok: false,
      fieldErrors: { key: ["keyTaken"] },
    });
    expect(await tableState()).toEqual(before);

    // Two proposals of the same new key: the first approved wins, the second stays pending with a clear refusal.
    const first = await submit(curator, newSource({ key: "smith2019" }));
    const second = await submit(georgianCurator, newSource({ key: "smith2019", title: "Another work" }));
    await approved(first);
    if (!second.ok) throw new Error("expected a revision");
    expect(await approveRevision(moderator, { revisionId: second.revisionId })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "keyTaken",
    });
    expect(await db.source.findMany({ where: { key: "smith2019" }, select: { title: true } })).toEqual([
      { title: "Armenian community media in France" },
    ]);
    expect(await db.revision.findUniqueOrThrow({ where: { id: second.revisionId } })).toMatchObject({
      status: "PENDING",
    });
  });

  it("is rejected with a comment, and nothing is published", async () => {
    const saved = await submit(curator, newSource());
    if (!saved.ok) throw new Error("expected a revision");
    expect(
      await rejectRevision(armenianModerator, {
        revisionId: saved.revisionId,
        comment: "Give the DOI instead of the journal page.",
      }),
    ).toMatchObject({ ok: true });
    expect(await db.source.findUnique({ where: { key: "petrosyan-2021" } })).toBeNull();
  });
});

describe("an edit of a published source", () => {
  it("is open to the curators of the diasporas citing it, and to global roles only when nothing cites it", async () => {
    expect(sourceKind.scope((await sourceKind.find(db, REGNUM))!.snapshot)).toEqual([diaspora.armenian]);
    expect(sourceKind.scope((await sourceKind.find(db, "mehdieva-2014"))!.snapshot)).toEqual([diaspora.azerbaijani]);
    // Cited only by an organization linked to no diaspora.
    expect(sourceKind.scope((await sourceKind.find(db, "shneider-2018"))!.snapshot)).toEqual([]);

    const { values } = await publishedValues("shneider-2018");
    expect(await submit(curator, { ...values, note: "Checked." })).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await submit(moderator, { ...values, note: "Checked." })).toMatchObject({ ok: true });
  });

  it("leaves the published reference on every citing page until approval, then they all print the new one", async () => {
    const { stored, values } = await publishedValues(REGNUM);
    expect(stored.version).toBe(1);
    // The key is kept whatever the form says.
    const saved = await submit(curator, {
      ...values,
      key: "hijacked",
      title: "Presentation of the Union of Armenians of Russia",
      accessedOn: "2024-05-02",
    });
    expect(saved).toMatchObject({ ok: true, entityId: stored.id, slug: REGNUM });
    if (!saved.ok) return;
    expect(await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).toMatchObject({
      status: "PENDING",
      baseVersion: 1,
      diasporaIds: [diaspora.armenian],
    });
    expect(cited((await getOrganization(ARMENIAN_ORG, "en"))!.citations, REGNUM)!.title).toMatch(/^Sostoialas/);
    expect(cited((await getEvent(ARMENIAN_EVENT, "en"))!.citations, REGNUM)!.accessedOn).toBeNull();

    // The curator's edit form continues their draft; others start from the published source.
    expect(await getDraft(sourceKind, REGNUM, curator.userId)).toMatchObject({
      version: 1,
      fromPendingRevision: true,
      snapshot: { accessedOn: "2024-05-02" },
    });
    expect(await getDraft(sourceKind, REGNUM, moderator.userId)).toMatchObject({
      version: 1,
      fromPendingRevision: false,
      snapshot: { accessedOn: null },
    });

    await approved(saved, armenianModerator);
    const row = await db.source.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ key: REGNUM, version: 2, title: "Presentation of the Union of Armenians of Russia" });
    expect(await db.source.findUnique({ where: { key: "hijacked" } })).toBeNull();
    expect(cited((await getOrganization(ARMENIAN_ORG, "en"))!.citations, REGNUM)).toMatchObject({
      title: "Presentation of the Union of Armenians of Russia",
      accessedOn: "2024-05-02",
      url: "https://regnum.ru/news/society/2429479.html",
    });
    expect(cited((await getEvent(ARMENIAN_EVENT, "ru"))!.citations, REGNUM)).toMatchObject({
      title: "Presentation of the Union of Armenians of Russia",
      accessedOn: "2024-05-02",
    });
  });

  it("of a source behind a population figure: its diaspora's curators may edit it, and the diaspora and country pages print the new version", async () => {
    // The Armenian figure for Russia now rests on a source otherwise cited by the Russian-speaking diaspora only.
    const tishkov = await db.source.findUniqueOrThrow({ where: { key: "tishkov-2003" }, select: { id: true } });
    await db.diasporaPresence.updateMany({
      where: { diasporaId: diaspora.armenian, countryCode: "RU" },
      data: { sourceId: tishkov.id, locator: "p. 12" },
    });
    expect(sourceKind.scope((await sourceKind.find(db, "tishkov-2003"))!.snapshot)).toEqual(
      [diaspora.armenian, diaspora["russian-speaking"]].sort(),
    );

    const { values } = await publishedValues("tishkov-2003");
    const saved = await submit(curator, { ...values, pages: "12–40", year: "2004" });
    expect(cited((await getDiaspora("armenian", "en"))!.citations, "tishkov-2003")).toMatchObject({
      year: 2003,
      pages: "464",
    });
    await approved(saved, armenianModerator);
    expect(cited((await getDiaspora("armenian", "en"))!.citations, "tishkov-2003")).toMatchObject({
      year: 2004,
      pages: "12–40",
    });
    expect(cited((await getHostCountry("RU", "hy"))!.citations, "tishkov-2003")).toMatchObject({
      year: 2004,
      pages: "12–40",
    });
  });

  it("started from an older version gets a conflict with both values, and the database is unchanged", async () => {
    const { values } = await publishedValues(REGNUM);
    const first = await submit(curator, { ...values, year: "2019" });
    // Another curator's draft: the moderator may not approve a revision of their own (four eyes).
    const second = await submit(await makeActor(db, "second-author@example.org", "CURATOR", [diaspora.armenian!]), {
      ...values,
      year: "2017",
    });
    await approved(first);
    if (!second.ok) throw new Error("expected a revision");

    const before = await tableState();
    expect(await approveRevision(moderator, { revisionId: second.revisionId })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "staleVersion",
      conflict: [{ field: "year", published: "2019", yours: "2017" }],
    });
    expect(await submit(curator, { ...values, year: "2016", pages: "1" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "staleVersion",
      conflict: [
        { field: "pages", published: "", yours: "1" },
        { field: "year", published: "2019", yours: "2016" },
      ],
      publishedVersion: 2,
    });
    expect(await tableState()).toEqual(before);
  });
});

describe("refusals and bad input", () => {
  it("refuses a curator of a diaspora that does not cite the source, audits it, and changes nothing", async () => {
    const { stored, values } = await publishedValues(REGNUM);
    const before = await tableState();
    expect(await submit(georgianCurator, { ...values, title: "HACK" }, { ipAddress: "203.0.113.5" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "forbidden",
    });
    // Nor does a crafted form with the entry's id and another key help.
    expect(await submit(georgianCurator, { ...values, key: "crafted", title: "HACK" })).toMatchObject({
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
        targetType: "source",
        targetId: stored.id,
        ipAddress: "203.0.113.5",
        details: { permission: "update:source", diasporaIds: [diaspora.armenian] },
      },
      {
        actorId: georgianCurator.userId,
        targetType: "source",
        targetId: stored.id,
        ipAddress: null,
        details: { permission: "update:source", diasporaIds: [diaspora.armenian] },
      },
    ]);
  });

  it.each([
    ["empty", { key: "", title: "", authors: "", url: "", year: "" }, { key: ["slug"], title: ["workTitleRequired"] }],
    [
      "oversized",
      {
        title: "t".repeat(100_000),
        authors: "a".repeat(100_000),
        note: "n".repeat(100_000),
        url: `https://example.org/${"x".repeat(100_000)}`,
      },
      { title: ["tooLong"], authors: ["tooLong"], note: ["tooLong"], url: ["tooLong"] },
    ],
    [
      "script-laden",
      { title: "<script>alert(1)</script>", publisher: "<img src=x onerror=alert(1)>", url: "javascript:alert(1)" },
      { title: ["markup"], publisher: ["markup"], url: ["markup"] },
    ],
    [
      "odd unicode",
      { authors: "A. Petro\u202Esyan", place: "Par\u0000is", pages: "\u2066201\u2069" },
      { authors: ["invisibleCharacters"], place: ["invisibleCharacters"], pages: ["invisibleCharacters"] },
    ],
    [
      "wrong types",
      {
        year: "soon",
        accessedOn: "yesterday",
        url: "ftp://example.org/a",
        version: "x",
        key: "Petrosyan 2021!",
        id: "not-a-uuid",
        title: ["a", "b"],
      },
      {
        year: ["sourceYear"],
        accessedOn: ["date"],
        url: ["url"],
        version: ["invalid"],
        key: ["slug"],
        id: ["invalid"],
      },
    ],
    ["out of range", { year: "1499", accessedOn: "2999-01-01" }, { year: ["sourceYear"], accessedOn: ["futureDate"] }],
  ])("rejects %s input with field errors and leaves the database unchanged", async (_label, overrides, errors) => {
    const before = await tableState();
    const result = await submit(curator, newSource(overrides as Record<string, string>));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual(errors);
    expect(await tableState()).toEqual(before);
  });
});

describe("the list of sources a curator may edit", () => {
  it("offers a scoped curator the sources cited within their diasporas, and a global moderator every source", async () => {
    const mine = await listEditableEntries(sourceKind, curator, "en", "", 1);
    const keys = mine.rows.map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(["article", REGNUM, "vardanian-lecture-2019"]));
    expect(keys).not.toContain("kolsto-1999");
    expect(keys).not.toContain("shneider-2018");
    expect(mine.rows.find((r) => r.key === REGNUM)).toMatchObject({
      ref: REGNUM,
      title: { value: expect.stringMatching(/^Sostoialas/), isFallback: false },
      version: 1,
      publicHref: null,
    });
    expect((await listEditableEntries(sourceKind, moderator, "en", "", 1)).total).toBe(await db.source.count());
    // Search by key, title or author.
    expect((await listEditableEntries(sourceKind, moderator, "en", "Mehdieva", 1)).rows.map((r) => r.key)).toEqual([
      "mehdieva-2014",
    ]);
    expect((await listEditableEntries(sourceKind, curator, "en", "lecture", 1)).rows.map((r) => r.key)).toEqual([
      "vardanian-lecture-2019",
    ]);
    expect((await listEditableEntries(sourceKind, georgianCurator, "en", "regnum", 1)).total).toBe(0);
  });
});

describe("history and restore", () => {
  /** Two approved edits of the Regnum source: a new title, then a new year. */
  async function publishTwoVersions() {
    const first = await approved(
      await submit(curator, {
        ...(await publishedValues(REGNUM)).values,
        title: "Presentation of the Union of Armenians of Russia",
      }),
    );
    const second = await approved(
      await submit(curator, { ...(await publishedValues(REGNUM)).values, year: "2019", issue: "7" }),
    );
    return { first, second, stored: (await sourceKind.find(db, REGNUM))! };
  }

  it("lists every revision and diffs any two of them", async () => {
    const { first, second, stored } = await publishTwoVersions();
    expect(stored.version).toBe(3);
    const history = await getHistory(sourceKind, stored, "en");
    expect(history.entries.map((e) => [e.id, e.status])).toEqual([
      [PUBLISHED, "PUBLISHED"],
      [second, "APPROVED"],
      [first, "APPROVED"],
    ]);
    expect(history.entries[1]).toMatchObject({
      author: { name: "curator", email: "curator@example.org" },
      reviewer: { name: "moderator", email: "moderator@example.org" },
      baseVersion: 2,
    });
    expect(history.compared).toEqual({
      from: first,
      to: second,
      changes: [
        { field: "issue", before: "", after: "7" },
        { field: "year", before: "2018", after: "2019" },
      ],
    });
    expect((await getHistory(sourceKind, stored, "en", { from: first, to: PUBLISHED })).compared?.changes).toEqual([
      { field: "issue", before: "", after: "7" },
      { field: "year", before: "2018", after: "2019" },
    ]);
  });

  it("restores an old revision as a new pending one; approving it brings the old values back to the citing pages", async () => {
    const { first, stored } = await publishTwoVersions();
    expect(await restoreRevision(georgianCurator, { revisionId: first, version: "3" })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await restoreRevision(curator, { revisionId: first, version: "2" })).toMatchObject({
      ok: false,
      formError: "staleVersion",
    });
    const restored = await restoreRevision(curator, { revisionId: first, version: "3" });
    expect(restored).toMatchObject({ ok: true, entityId: stored.id });
    if (!restored.ok) return;
    expect(cited((await getOrganization(ARMENIAN_ORG, "en"))!.citations, REGNUM)).toMatchObject({
      year: 2019,
      issue: "7",
    });
    await approved(restored);
    expect(cited((await getOrganization(ARMENIAN_ORG, "en"))!.citations, REGNUM)).toMatchObject({
      title: "Presentation of the Union of Armenians of Russia",
      year: 2018,
      issue: null,
    });
    expect((await db.source.findUniqueOrThrow({ where: { id: stored.id } })).version).toBe(4);
    expect(await restoreRevision(curator, { revisionId: first, version: "4" })).toMatchObject({
      ok: false,
      formError: "sameAsPublished",
    });
  });
});
