// Anonymous probing (issue #12, item 8): someone not signed in must not learn whether a revision or suggestion id
// exists, nor what state it is in (no "notPending", "sameAsPublished", "notFound" or field errors): one refusal for
// every input, decided before anything is looked up. Their refusals must not grow the audit log without bound:
// one permission.denied row per address, permission and hour with a count, and past the hourly limit the answer is
// "rateLimited" (for every input alike). Signed-in accounts without roles get the same single refusal, each
// audited with the account.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS_REFUSALS_PER_HOUR } from "../../lib/audit/anonymous-refusal";
import type { Actor } from "../../lib/auth/permissions";
import { organizationKind } from "../../lib/organizations/kind";
import { restoreRevision } from "../../lib/curation/restore-revision";
import { approveRevision, rejectRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { decideSuggestion } from "../../lib/suggestions/decide-suggestion";
import { submitSuggestion } from "../../lib/suggestions/submit-suggestion";
import { readSeedData } from "../../prisma/seed/seed";
import { resetToSeed } from "../support/seeded-database";
import { makeActor } from "../support/actors";
import { databaseFingerprint, openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();
const REFUSED = { ok: false, fieldErrors: {}, formError: "forbidden" };
let ids: {
  pending: string;
  approved: string;
  rejected: string;
  sameAsPublished: string;
  suggestion: string;
  organization: Record<string, string | string[]>;
};

beforeAll(async () => {
  await resetDatabase(db);
  await resetToSeed(db, await readSeedData());
  const armenian = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } })).id;
  const curator = await makeActor(db, "curator@example.org", "CURATOR", [armenian]);
  const moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [armenian]);
  const current = async () => {
    const stored = (await organizationKind.find(db, "association-of-armenians-of-russia"))!;
    return organizationKind.toValues(stored.snapshot, { id: stored.id, version: stored.version });
  };
  const revision = async (by: Actor, acronym: string) => {
    const saved = await submitRevision(organizationKind, by, { ...(await current()), acronym });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    return saved.revisionId;
  };
  const approved = await revision(curator, "APPR");
  await approveRevision(moderator, { revisionId: approved });
  const rejected = await revision(curator, "REJ");
  await rejectRevision(moderator, { revisionId: rejected, comment: "No." });
  const pending = await revision(moderator, "PEND");
  await submitSuggestion(
    {
      entityType: "organization",
      slug: "association-of-armenians-of-russia",
      body: "The founding year looks wrong to me.",
    },
    { ip: "198.51.100.1", locale: "en" },
  );
  const suggestion = (await db.suggestion.findFirstOrThrow({ select: { id: true } })).id;
  // The approved revision holds what is published now: restoring it was "sameAsPublished".
  ids = { pending, approved, rejected, sameAsPublished: approved, suggestion, organization: await current() };
});
afterAll(() => db.$disconnect());

/** Every command that names a revision or suggestion, with every kind of id: real in each state, random, malformed. */
function probes(): [string, () => Promise<unknown>][] {
  const revisionIds = {
    pending: ids.pending,
    approved: ids.approved,
    rejected: ids.rejected,
    random: randomUUID(),
    malformed: "not-a-uuid",
    missing: undefined,
  };
  const out: [string, () => Promise<unknown>][] = [];
  for (const [label, revisionId] of Object.entries(revisionIds)) {
    out.push([`approve ${label}`, () => approveRevision(null, { revisionId }, { ipAddress: ip })]);
    out.push([`reject ${label}`, () => rejectRevision(null, { revisionId, comment: "No." }, { ipAddress: ip })]);
    out.push([`restore ${label}`, () => restoreRevision(null, { revisionId, version: "2" }, { ipAddress: ip })]);
  }
  out.push([
    "restore same as published",
    () => restoreRevision(null, { revisionId: ids.sameAsPublished, version: "2" }, { ipAddress: ip }),
  ]);
  for (const [label, suggestionId] of Object.entries({ real: ids.suggestion, random: randomUUID(), malformed: "x" })) {
    out.push([
      `decide ${label} suggestion`,
      () => decideSuggestion(null, { suggestionId, decision: "RESOLVED" }, { ipAddress: ip }),
    ]);
  }
  out.push(["edit with a real id", () => submitRevision(organizationKind, null, ids.organization, { ipAddress: ip })]);
  out.push([
    "edit with a random id",
    () => submitRevision(organizationKind, null, { ...ids.organization, id: randomUUID() }, { ipAddress: ip }),
  ]);
  out.push([
    "edit with broken fields",
    () =>
      submitRevision(organizationKind, null, { ...ids.organization, slug: "", "name.en": "<b>" }, { ipAddress: ip }),
  ]);
  return out;
}
let ip = "203.0.113.10";

describe("anonymous callers", () => {
  it("get one and the same refusal for every id, whatever state it is in, and change nothing but the audit log", async () => {
    ip = "203.0.113.10";
    const before = await databaseFingerprint(db, { except: ["AuditLog"] });
    for (const [label, probe] of probes()) expect(await probe(), label).toEqual(REFUSED);
    expect(await databaseFingerprint(db, { except: ["AuditLog"] })).toEqual(before);
  });

  it("leave one audit row per address, permission and hour, counting the refusals, and are rate-limited past the hourly limit", async () => {
    ip = "203.0.113.20";
    const rowsBefore = await db.auditLog.count();
    const answers: unknown[] = [];
    for (let i = 0; i < ANONYMOUS_REFUSALS_PER_HOUR + 5; i++)
      answers.push(await approveRevision(null, { revisionId: i % 2 ? ids.pending : randomUUID() }, { ipAddress: ip }));
    expect(answers.slice(0, ANONYMOUS_REFUSALS_PER_HOUR)).toEqual(Array(ANONYMOUS_REFUSALS_PER_HOUR).fill(REFUSED));
    expect(answers.slice(ANONYMOUS_REFUSALS_PER_HOUR)).toEqual(Array(5).fill({ ...REFUSED, formError: "rateLimited" }));
    await rejectRevision(null, { revisionId: ids.pending, comment: "No." }, { ipAddress: ip });

    const rows = await db.auditLog.findMany({
      where: { ipAddress: ip },
      select: { action: true, actorId: true, details: true },
      orderBy: { createdAt: "asc" },
    });
    expect(rows).toEqual([
      {
        action: "permission.denied",
        actorId: null,
        details: expect.objectContaining({
          permission: "approve:revision",
          reason: "anonymous",
          count: ANONYMOUS_REFUSALS_PER_HOUR + 5,
        }),
      },
      {
        action: "permission.denied",
        actorId: null,
        details: expect.objectContaining({ permission: "reject:revision", reason: "anonymous", count: 1 }),
      },
    ]);
    expect(await db.auditLog.count()).toBe(rowsBefore + 2);
    // Another address has its own count.
    expect(await approveRevision(null, { revisionId: ids.pending }, { ipAddress: "203.0.113.21" })).toEqual(REFUSED);
  });

  it("add up in one row when they arrive at once", async () => {
    ip = "203.0.113.30";
    await Promise.all(
      Array.from({ length: 20 }, () => approveRevision(null, { revisionId: randomUUID() }, { ipAddress: ip })),
    );
    const rows = await db.auditLog.findMany({ where: { ipAddress: ip }, select: { details: true } });
    expect(rows).toEqual([{ details: expect.objectContaining({ count: 20 }) }]);
  });
});

describe("signed-in accounts without roles", () => {
  it("get the same single refusal for every id, each audited with the account", async () => {
    const nobody = await makeActor(db, "no-role@example.org", "CURATOR", []);
    // makeActor gives a role; an account without any is a plain user row.
    await db.roleAssignment.deleteMany({ where: { userId: nobody.userId } });
    const account = { ...nobody, grants: [] };
    const before = await db.auditLog.count({ where: { actorId: account.userId } });
    for (const revisionId of [ids.pending, ids.approved, ids.rejected, randomUUID(), "nope"]) {
      expect(await approveRevision(account, { revisionId }), revisionId).toEqual(REFUSED);
      expect(await restoreRevision(account, { revisionId, version: "2" }), revisionId).toEqual(REFUSED);
    }
    expect(await db.auditLog.count({ where: { actorId: account.userId, action: "permission.denied" } })).toBe(
      before + 10,
    );
  });
});
