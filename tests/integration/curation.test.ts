// Curation against the test database: a curator's save makes a pending revision and never touches what the
// public sees; a moderator's approval publishes it (creating or updating the organization); rejections carry a
// comment; refusals, stale versions and bad input leave every table as it was.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { snapshotValues } from "../../lib/organizations/form-values";
import { getDraft } from "../../lib/curation/get-draft";
import { getHistory, PUBLISHED } from "../../lib/curation/history";
import { organizationKind } from "../../lib/organizations/kind";
import { restoreRevision } from "../../lib/curation/restore-revision";
import { organizationRowSelect } from "../../lib/organizations/row";
import { rowToSnapshot } from "../../lib/organizations/snapshot";
import { approveRevision, rejectRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { getOrganization } from "../../lib/organizations/get-organization";
import { listOrganizations } from "../../lib/organizations/list-organizations";
import { makeActor } from "../support/actors";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
// These edits cite no source; curation-sourcing.test.ts covers sourcing. The moderator records why none is needed.
const WAIVER = "Test data: no source needed";
let armenianId: string;
let georgianId: string;
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
  curator = await makeActor(db, "curator@example.org", "CURATOR", [armenianId]);
  georgianCurator = await makeActor(db, "georgian@example.org", "CURATOR", [georgianId]);
  moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
});

const newOrganization = (overrides: Record<string, string | string[]> = {}) => ({
  version: "0",
  slug: "armenian-youth-lyon",
  "name.ru": "Армянская молодёжь Лиона",
  "name.en": "Armenian Youth of Lyon",
  "name.hy": "Լիոնի հայ երիտասարդություն",
  "city.en": "Lyon",
  "description.en": "",
  acronym: "AYL",
  types: ["YOUTH"],
  groups: ["YOUTH", "STUDENTS"],
  diasporaIds: [armenianId],
  countryCodes: ["FR"],
  foundedYear: "2015",
  status: "ACTIVE",
  languages: "hy, fr",
  "channel.0.kind": "WEBSITE",
  "channel.0.url": "https://ayl.example.org",
  "channel.0.languages": "fr",
  "channel.1.kind": "TELEGRAM",
  "channel.1.url": "",
  "channel.1.languages": "",
  ...overrides,
});

/** Every row a curation step could write, to prove a refused step wrote none. */
async function tableState() {
  const [organizations, translations, revisions, audit] = await Promise.all([
    db.organization.findMany({ select: { slug: true, version: true, acronym: true }, orderBy: { slug: "asc" } }),
    db.organizationTranslation.count(),
    db.revision.findMany({ select: { id: true, status: true } }),
    db.auditLog.findMany({ where: { action: { not: "permission.denied" } }, select: { id: true } }),
  ]);
  return { organizations, translations, revisions, audit };
}

async function publicNames(locale = "en") {
  const page = await listOrganizations({ locale, page: 1, pageSize: 500 });
  return page.items.map((o) => o.name?.value);
}

async function publishedValues(slug: string) {
  const row = await db.organization.findUniqueOrThrow({ where: { slug }, select: organizationRowSelect });
  return { row, values: snapshotValues(rowToSnapshot(row), { id: row.id, version: row.version }) };
}

describe("a new organization", () => {
  it("stays pending and invisible until a moderator approves it, then is public", async () => {
    const saved = await submitRevision(organizationKind, curator, newOrganization(), { ipAddress: "192.0.2.1" });
    expect(saved).toMatchObject({ ok: true, entityId: null, slug: "armenian-youth-lyon" });
    if (!saved.ok) return;
    expect(await db.organization.findUnique({ where: { slug: "armenian-youth-lyon" } })).toBeNull();
    expect(await publicNames()).not.toContain("Armenian Youth of Lyon");
    const revision = await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect(revision).toMatchObject({
      status: "PENDING",
      baseVersion: 0,
      authorId: curator.userId,
      entityId: null,
      diasporaIds: [armenianId],
    });
    expect(revision.snapshot).toMatchObject({
      slug: "armenian-youth-lyon",
      acronym: "AYL",
      channels: [{ kind: "WEBSITE", url: "https://ayl.example.org", languages: ["fr"] }],
    });
    expect(
      await db.auditLog.count({
        where: { action: "revision.submitted", targetId: saved.revisionId, actorId: curator.userId },
      }),
    ).toBe(1);

    // A curator cannot approve, even inside their own diaspora.
    expect(await approveRevision(curator, { revisionId: saved.revisionId })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    const approved = await approveRevision(moderator, { revisionId: saved.revisionId, sourceWaiver: WAIVER });
    expect(approved).toMatchObject({ ok: true });

    expect(await publicNames()).toContain("Armenian Youth of Lyon");
    const profile = await getOrganization("armenian-youth-lyon", "hy");
    expect(profile).toMatchObject({
      acronym: "AYL",
      foundedYear: 2015,
      status: "ACTIVE",
      countries: ["FR"],
      languages: ["hy", "fr"],
    });
    expect(profile!.name).toEqual({ value: "Լիոնի հայ երիտասարդություն", locale: "hy", isFallback: false });
    const after = await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect(after).toMatchObject({ status: "APPROVED", reviewerId: moderator.userId });
    expect(after.entityId).toBe(
      (await db.organization.findUniqueOrThrow({ where: { slug: "armenian-youth-lyon" } })).id,
    );
    expect(await db.auditLog.count({ where: { action: "revision.approved", targetId: saved.revisionId } })).toBe(1);
    // Deciding twice is refused.
    expect(await approveRevision(moderator, { revisionId: saved.revisionId, sourceWaiver: WAIVER })).toMatchObject({
      ok: false,
      formError: "notPending",
    });
  });

  it("is rejected with a comment the curator can read, and nothing is published", async () => {
    const saved = await submitRevision(organizationKind, curator, newOrganization());
    if (!saved.ok) throw new Error("expected a revision");
    expect(await rejectRevision(moderator, { revisionId: saved.revisionId, comment: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { comment: ["commentRequired"] },
    });
    expect(
      await rejectRevision(moderator, {
        revisionId: saved.revisionId,
        comment: "Please cite a source for the founding year.",
      }),
    ).toMatchObject({ ok: true });
    expect(await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).toMatchObject({
      status: "REJECTED",
      comment: "Please cite a source for the founding year.",
      reviewerId: moderator.userId,
    });
    expect(await db.organization.findUnique({ where: { slug: "armenian-youth-lyon" } })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "revision.rejected", targetId: saved.revisionId } })).toBe(1);
  });
});

describe("an edit of a published organization", () => {
  it("leaves the published version online until approval, then publishes the new one", async () => {
    await approveRevision(moderator, {
      revisionId: ((await submitRevision(organizationKind, curator, newOrganization())) as { revisionId: string })
        .revisionId,
    });
    const { row, values } = await publishedValues("armenian-youth-lyon");
    expect(row.version).toBe(1);
    const saved = await submitRevision(organizationKind, curator, {
      ...values,
      "name.en": "Armenian Youth Union of Lyon",
      foundedYear: "2014",
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(await publicNames()).toContain("Armenian Youth of Lyon");
    expect((await getOrganization("armenian-youth-lyon", "en"))!.foundedYear).toBe(2015);
    expect(await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).toMatchObject({
      status: "PENDING",
      baseVersion: 1,
      entityId: row.id,
    });

    // Reopening the form, the curator continues from their pending draft; others start from the published entry.
    expect(await getDraft(organizationKind, "armenian-youth-lyon", curator.userId)).toMatchObject({
      version: 1,
      fromPendingRevision: true,
      snapshot: { foundedYear: 2014 },
    });
    expect(await getDraft(organizationKind, "armenian-youth-lyon", moderator.userId)).toMatchObject({
      version: 1,
      fromPendingRevision: false,
      snapshot: { foundedYear: 2015 },
    });

    expect(await approveRevision(moderator, { revisionId: saved.revisionId, sourceWaiver: WAIVER })).toMatchObject({
      ok: true,
    });
    expect(await getDraft(organizationKind, "armenian-youth-lyon", curator.userId)).toMatchObject({
      version: 2,
      fromPendingRevision: false,
    });
    const profile = await getOrganization("armenian-youth-lyon", "en");
    expect(profile).toMatchObject({ name: { value: "Armenian Youth Union of Lyon" }, foundedYear: 2014 });
    expect((await db.organization.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(2);
  });

  it("names exactly the cached pages to expire: the entry, its lists, and the diasporas and countries it was and is linked to", async () => {
    const created = await approveRevision(moderator, {
      revisionId: ((await submitRevision(organizationKind, curator, newOrganization())) as { revisionId: string })
        .revisionId,
    });
    expect(created.ok && [...created.expires!].sort()).toEqual([
      "country:FR",
      "diaspora:armenian",
      "organization:armenian-youth-lyon",
      "organizations",
    ]);
    const { values } = await publishedValues("armenian-youth-lyon");
    // Moved from France to Belgium: both countries' pages listed or list it; other organizations' pages are untouched.
    const saved = await submitRevision(organizationKind, curator, {
      ...values,
      countryCodes: ["BE"],
      "name.en": "Armenian Youth of Brussels",
    });
    if (!saved.ok) throw new Error("expected a revision");
    const approved = await approveRevision(moderator, { revisionId: saved.revisionId, sourceWaiver: WAIVER });
    expect(approved.ok && [...approved.expires!].sort()).toEqual([
      "country:BE",
      "country:FR",
      "diaspora:armenian",
      "organization:armenian-youth-lyon",
      "organizations",
    ]);
  });

  it("started from an older version gets a conflict with both values, and the database is unchanged", async () => {
    await approveRevision(moderator, {
      revisionId: ((await submitRevision(organizationKind, curator, newOrganization())) as { revisionId: string })
        .revisionId,
    });
    const { values } = await publishedValues("armenian-youth-lyon");
    const first = await submitRevision(organizationKind, curator, { ...values, acronym: "AYU" });
    // Another curator's draft: the moderator may not approve a revision of their own (four eyes).
    const second = await submitRevision(
      organizationKind,
      await makeActor(db, "second-author@example.org", "CURATOR", [armenianId]),
      {
        ...values,
        acronym: "AJL",
      },
    );
    if (!first.ok || !second.ok) throw new Error("expected two revisions");
    expect(await approveRevision(moderator, { revisionId: first.revisionId, sourceWaiver: WAIVER })).toMatchObject({
      ok: true,
    });

    const before = await tableState();
    // The second draft started from version 1; the entry is at 2 now.
    expect(await approveRevision(moderator, { revisionId: second.revisionId, sourceWaiver: WAIVER })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "staleVersion",
      conflict: [{ field: "acronym", published: "AYU", yours: "AJL" }],
    });
    expect(await submitRevision(organizationKind, curator, { ...values, acronym: "XYZ" })).toMatchObject({
      ok: false,
      formError: "staleVersion",
      conflict: [{ field: "acronym", published: "AYU", yours: "XYZ" }],
    });
    expect(await tableState()).toEqual(before);
  });
});

describe("refusals and bad input", () => {
  it("refuses a curator of another diaspora, audits it, and changes nothing", async () => {
    await approveRevision(moderator, {
      revisionId: ((await submitRevision(organizationKind, curator, newOrganization())) as { revisionId: string })
        .revisionId,
    });
    const { row, values } = await publishedValues("armenian-youth-lyon");
    const before = await tableState();

    // Editing an Armenian entry, even after adding their own diaspora to it.
    expect(
      await submitRevision(
        organizationKind,
        georgianCurator,
        { ...values, diasporaIds: [armenianId, georgianId], acronym: "HACK" },
        { ipAddress: "203.0.113.5" },
      ),
    ).toEqual({ ok: false, fieldErrors: {}, formError: "forbidden" });
    // A crafted new entry in the Armenian diaspora, and an Armenian curator sneaking in the Georgian one.
    expect(await submitRevision(organizationKind, georgianCurator, newOrganization({ slug: "crafted" }))).toMatchObject(
      {
        ok: false,
        formError: "forbidden",
      },
    );
    expect(
      await submitRevision(
        organizationKind,
        curator,
        newOrganization({ slug: "sneaky", diasporaIds: [armenianId, georgianId] }),
      ),
    ).toMatchObject({ ok: false, formError: "forbidden" });

    expect(await tableState()).toEqual(before);
    const denied = await db.auditLog.findMany({
      where: { action: "permission.denied" },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, targetType: true, targetId: true, ipAddress: true, details: true },
    });
    expect(denied).toEqual([
      {
        actorId: georgianCurator.userId,
        targetType: "organization",
        targetId: row.id,
        ipAddress: "203.0.113.5",
        details: { permission: "update:organization", diasporaIds: [armenianId] },
      },
      {
        actorId: georgianCurator.userId,
        targetType: "organization",
        targetId: null,
        ipAddress: null,
        details: { permission: "create:organization", diasporaIds: [armenianId] },
      },
      {
        actorId: curator.userId,
        targetType: "organization",
        targetId: null,
        ipAddress: null,
        details: { permission: "create:organization", diasporaIds: [georgianId] },
      },
    ]);
  });

  it.each([
    [
      "empty",
      { "name.ru": "", "name.en": "", "name.hy": "", types: [], diasporaIds: [] },
      { "name.ru": ["nameRequired"], types: ["chooseType"], diasporaIds: ["diasporaOrganizationNeedsDiaspora"] },
    ],
    [
      "oversized",
      { "description.en": "x".repeat(100_000), "name.en": "y".repeat(100_000) },
      { "description.en": ["tooLong"], "name.en": ["tooLong"] },
    ],
    [
      "script-laden",
      { "name.en": "<script>alert(1)</script>", "channel.0.url": "javascript:alert(1)" },
      { "name.en": ["markup"], "channel.0.url": ["url"] },
    ],
    [
      "odd unicode",
      { "name.ru": "Армянская\u202Eмолодёжь", "city.en": "Ly\u0000on" },
      { "name.ru": ["invisibleCharacters"], "city.en": ["invisibleCharacters"] },
    ],
    [
      "wrong types",
      { foundedYear: "soon", status: "GREAT", types: ["NOT_A_TYPE"], version: "x", slug: "Not a slug!" },
      { foundedYear: ["year"], status: ["invalid"], types: ["invalid"], version: ["invalid"], slug: ["slug"] },
    ],
  ])("rejects %s input with field errors and leaves the database unchanged", async (_label, overrides, errors) => {
    const before = await tableState();
    const result = await submitRevision(
      organizationKind,
      curator,
      newOrganization(overrides as Record<string, string>),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject(errors);
    expect(await tableState()).toEqual(before);
  });

  it("rejects a diaspora or country that does not exist, and a slug already taken", async () => {
    expect(await submitRevision(organizationKind, curator, newOrganization({ countryCodes: ["QQ"] }))).toMatchObject({
      ok: false,
      fieldErrors: { countryCodes: ["unknownReference"] },
    });
    expect(await submitRevision(organizationKind, curator, newOrganization({ slug: "ojag" }))).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["slugTaken"] },
    });
    expect(await db.revision.count()).toBe(0);
  });
});

describe("history and restore", () => {
  /** Publishes the new organization, then an approved edit (founding year 2014), and returns the entry. */
  async function publishTwoVersions() {
    const created = await submitRevision(organizationKind, curator, newOrganization());
    if (!created.ok) throw new Error("expected a revision");
    await approveRevision(moderator, { revisionId: created.revisionId, sourceWaiver: WAIVER });
    const { values } = await publishedValues("armenian-youth-lyon");
    const edited = await submitRevision(organizationKind, curator, {
      ...values,
      foundedYear: "2014",
      "name.en": "Armenian Youth Union of Lyon",
    });
    if (!edited.ok) throw new Error("expected a revision");
    await approveRevision(moderator, { revisionId: edited.revisionId, sourceWaiver: WAIVER });
    return {
      first: created.revisionId,
      second: edited.revisionId,
      stored: (await organizationKind.find(db, "armenian-youth-lyon"))!,
    };
  }

  it("lists every revision with who and when, and diffs any two of them", async () => {
    const { first, second, stored } = await publishTwoVersions();
    const rejected = await submitRevision(organizationKind, curator, {
      ...(await publishedValues("armenian-youth-lyon")).values,
      acronym: "NOPE",
    });
    if (!rejected.ok) throw new Error("expected a revision");
    await rejectRevision(moderator, { revisionId: rejected.revisionId, comment: "No source for the acronym." });

    const history = await getHistory(organizationKind, stored, "en");
    expect(history.entries.map((e) => [e.id, e.status])).toEqual([
      [PUBLISHED, "PUBLISHED"],
      [rejected.revisionId, "REJECTED"],
      [second, "APPROVED"],
      [first, "APPROVED"],
    ]);
    expect(history.entries[1]).toMatchObject({
      author: { name: "curator", email: "curator@example.org" },
      reviewer: { name: "moderator", email: "moderator@example.org" },
      comment: "No source for the acronym.",
    });
    // By default: the newest revision against the one before it.
    expect(history.compared).toEqual({
      from: second,
      to: rejected.revisionId,
      changes: [{ field: "acronym", before: "AYL", after: "NOPE" }],
    });

    const picked = await getHistory(organizationKind, stored, "en", { from: first, to: PUBLISHED });
    expect(picked.compared).toEqual({
      from: first,
      to: PUBLISHED,
      changes: [
        { field: "name.en", before: "Armenian Youth of Lyon", after: "Armenian Youth Union of Lyon" },
        { field: "foundedYear", before: "2015", after: "2014" },
      ],
    });
    // Unknown ids fall back to the default; the same entry twice compares nothing.
    expect((await getHistory(organizationKind, stored, "en", { from: "x", to: "y" })).compared?.to).toBe(
      rejected.revisionId,
    );
    expect((await getHistory(organizationKind, stored, "en", { from: first, to: first })).compared).toBeNull();
  });

  it("restores an old revision as a new pending one; approving it brings the old values back", async () => {
    const { first, stored } = await publishTwoVersions();
    expect(stored.version).toBe(2);
    const restored = await restoreRevision(curator, { revisionId: first, version: "2" }, { ipAddress: "192.0.2.7" });
    expect(restored).toMatchObject({ ok: true, entityId: stored.id });
    if (!restored.ok) return;
    // Pending: the public still sees version 2.
    expect((await getOrganization("armenian-youth-lyon", "en"))!.foundedYear).toBe(2014);
    expect(await db.revision.findUniqueOrThrow({ where: { id: restored.revisionId } })).toMatchObject({
      status: "PENDING",
      baseVersion: 2,
      authorId: curator.userId,
    });
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { action: "revision.submitted", targetId: restored.revisionId } }))
        .details,
    ).toMatchObject({ restoredFrom: first });

    expect(await approveRevision(moderator, { revisionId: restored.revisionId, sourceWaiver: WAIVER })).toMatchObject({
      ok: true,
    });
    const profile = await getOrganization("armenian-youth-lyon", "en");
    expect(profile).toMatchObject({ name: { value: "Armenian Youth of Lyon" }, foundedYear: 2015 });
    expect((await db.organization.findUniqueOrThrow({ where: { id: stored.id } })).version).toBe(3);
    // The restored revision itself is untouched; the history has one more.
    expect(await db.revision.findUniqueOrThrow({ where: { id: first } })).toMatchObject({ status: "APPROVED" });
    expect(
      (await getHistory(organizationKind, (await organizationKind.find(db, "armenian-youth-lyon"))!, "en")).entries,
    ).toHaveLength(4);
  });

  it("refuses a restore from an older page, of the published content, or by a curator of another diaspora", async () => {
    const { first, second } = await publishTwoVersions();
    const before = await tableState();
    expect(await restoreRevision(curator, { revisionId: first, version: "1" })).toMatchObject({
      ok: false,
      formError: "staleVersion",
      conflict: expect.arrayContaining([{ field: "foundedYear", published: "2014", yours: "2015" }]),
    });
    expect(await restoreRevision(curator, { revisionId: second, version: "2" })).toMatchObject({
      ok: false,
      formError: "sameAsPublished",
    });
    expect(await restoreRevision(georgianCurator, { revisionId: first, version: "2" })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await restoreRevision(null, { revisionId: first, version: "2" })).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await restoreRevision(curator, { revisionId: "not-a-uuid", version: "2" })).toMatchObject({
      ok: false,
      formError: "invalid",
    });
    expect(
      await restoreRevision(curator, { revisionId: "00000000-0000-4000-8000-000000000000", version: "2" }),
    ).toMatchObject({ ok: false, formError: "notFound" });
    expect(await tableState()).toEqual(before);
  });
});
