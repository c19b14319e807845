// Fifty people at once on the same entry (docs/decisions/0009-curation.md): saves are pending revisions based on a
// version, so all fifty saves succeed and are kept; approvals publish, and of fifty moderators approving fifty
// revisions based on the same version exactly one publishes, the rest get the conflict result, and nothing is
// lost. The same holds for fifty moderators approving one revision, and for fifty new entries claiming one address.
//
// On PostgreSQL the requests really run in parallel (the app's pool holds 10 connections, transactions interleave
// and wait on row locks). On the embedded database (one connection, DATABASE_POOL_MAX=1) statements are serialized,
// but the requests still interleave between statements — every read outside a transaction can be stale by the
// time its transaction runs — so the same outcomes are asserted there too; what PGlite cannot show is two
// transactions running at the same instant.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { approveRevision } from "../../lib/curation/review-revision";
import { organizationKind } from "../../lib/organizations/kind";
import { submitRevision } from "../../lib/curation/submit-revision";
import type { CurationResult } from "../../lib/curation/result";
import { makeActor } from "../support/actors";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
const PEOPLE = 50;
let armenianId: string;
let org: { id: string; slug: string; version: number };
let curators: Actor[];
let moderators: Actor[];

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetToSeed(db);
  armenianId = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } })).id;
  org = await db.organization.findFirstOrThrow({
    where: { diasporas: { some: { diasporaId: armenianId } } },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, version: true },
  });
  curators = [];
  moderators = [];
  for (let i = 0; i < PEOPLE; i++) {
    curators.push(await makeActor(db, `curator-${i}@example.org`, "CURATOR", [armenianId]));
    moderators.push(await makeActor(db, `moderator-${i}@example.org`, "MODERATOR", [armenianId]));
  }
});

/** Curator i's edit: a description and a founding year of their own, so every revision's content is distinct. */
const edit = (i: number, version: number) => ({
  id: org.id,
  version: String(version),
  slug: org.slug,
  "name.en": "Armenian Union",
  "description.en": `Edit number ${i}`,
  types: ["CULTURAL_SOCIETY"],
  diasporaIds: [armenianId],
  countryCodes: ["FR"],
  status: "ACTIVE",
  foundedYear: String(1950 + i),
  languages: "hy",
});

const newOrganization = (i: number) => ({
  version: "0",
  slug: "armenian-youth-lyon",
  "name.en": `Armenian Youth of Lyon ${i}`,
  types: ["YOUTH"],
  diasporaIds: [armenianId],
  countryCodes: ["FR"],
  status: "ACTIVE",
  languages: "hy",
});

const failures = (results: CurationResult[]) =>
  results.filter((r): r is Extract<CurationResult, { ok: false }> => !r.ok);

async function publishedDescription() {
  const row = await db.organizationTranslation.findUnique({
    where: { organizationId_locale: { organizationId: org.id, locale: "en" } },
    select: { description: true },
  });
  return row?.description;
}

describe("fifty curators and fifty moderators on one organization", () => {
  it("keeps every save, publishes exactly one approval per version and answers the others with the conflict", async () => {
    const saves = await Promise.all(
      curators.map((curator, i) => submitRevision(organizationKind, curator, edit(i, org.version), { locale: "en" })),
    );
    expect(failures(saves)).toEqual([]);
    const revisionIds = saves.map((s) => (s.ok ? s.revisionId : ""));
    expect(new Set(revisionIds).size).toBe(PEOPLE);
    // Every save is a pending revision with its author's content and base version; nothing is published yet.
    const pending = await db.revision.findMany({
      where: { entityId: org.id },
      select: { id: true, status: true, baseVersion: true, authorId: true, snapshot: true },
    });
    expect(pending).toHaveLength(PEOPLE);
    for (const [i, id] of revisionIds.entries()) {
      const revision = pending.find((r) => r.id === id)!;
      expect(revision).toMatchObject({
        status: "PENDING",
        baseVersion: org.version,
        authorId: curators[i]!.userId,
        snapshot: { foundedYear: 1950 + i },
      });
    }
    expect(await db.auditLog.count({ where: { action: "revision.submitted" } })).toBe(PEOPLE);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).version).toBe(org.version);

    // Moderator i approves curator i's revision, all at once.
    const approvals = await Promise.all(
      moderators.map((moderator, i) =>
        approveRevision(moderator, { revisionId: revisionIds[i]!, sourceWaiver: "Test edit: no source needed" }),
      ),
    );
    const winners = approvals.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    const winner = winners[0]!;
    // The losers get the conflict result (the fields that differ from what is now published), not an error.
    for (const failure of failures(approvals)) {
      expect(failure.formError).toBe("staleVersion");
      expect(failure.conflict?.length).toBeGreaterThan(0);
    }

    const published = await db.organization.findUniqueOrThrow({
      where: { id: org.id },
      select: { version: true, foundedYear: true },
    });
    expect(published).toEqual({ version: org.version + 1, foundedYear: 1950 + winner });
    expect(await publishedDescription()).toBe(`Edit number ${winner}`);
    const after = await db.revision.findMany({
      where: { entityId: org.id },
      select: { id: true, status: true, reviewerId: true, snapshot: true },
    });
    expect(after).toHaveLength(PEOPLE);
    expect(after.filter((r) => r.status === "APPROVED")).toEqual([
      expect.objectContaining({ id: revisionIds[winner], reviewerId: moderators[winner]!.userId }),
    ]);
    // The losing revisions stay pending, content intact, for their curators to rebase.
    expect(after.filter((r) => r.status === "PENDING")).toHaveLength(PEOPLE - 1);
    for (const r of after) expect(r.snapshot).toMatchObject({ foundedYear: 1950 + revisionIds.indexOf(r.id) });
    expect(await db.auditLog.count({ where: { action: "revision.approved" } })).toBe(1);

    // A save based on the old version is now a conflict that names the published version.
    const late = await submitRevision(organizationKind, curators[0]!, edit(0, org.version), { locale: "en" });
    expect(late).toMatchObject({ ok: false, formError: "staleVersion", publishedVersion: org.version + 1 });
  });

  it("lets one of fifty moderators approving the same revision publish it, once", async () => {
    const saved = await submitRevision(organizationKind, curators[7]!, edit(7, org.version), { locale: "en" });
    if (!saved.ok) throw new Error("expected a revision");
    const approvals = await Promise.all(
      moderators.map((moderator) =>
        approveRevision(moderator, { revisionId: saved.revisionId, sourceWaiver: "Test edit: no source needed" }),
      ),
    );
    expect(approvals.filter((r) => r.ok)).toHaveLength(1);
    for (const failure of failures(approvals)) expect(failure.formError).toBe("notPending");
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).version).toBe(org.version + 1);
    expect(await db.auditLog.count({ where: { action: "revision.approved" } })).toBe(1);
  });

  it("creates one organization when fifty new ones with the same address are approved at once", async () => {
    const saves = await Promise.all(
      curators.map((curator, i) =>
        submitRevision(organizationKind, curator, { ...newOrganization(i), notDuplicate: "1" }, { locale: "en" }),
      ),
    );
    expect(failures(saves)).toEqual([]);
    const approvals = await Promise.all(
      moderators.map((moderator, i) =>
        approveRevision(moderator, {
          revisionId: (saves[i] as { revisionId: string }).revisionId,
          sourceWaiver: "Test edit: no source needed",
        }),
      ),
    );
    expect(approvals.filter((r) => r.ok)).toHaveLength(1);
    for (const failure of failures(approvals)) expect(failure.formError).toBe("slugTaken");
    expect(await db.organization.count({ where: { slug: "armenian-youth-lyon" } })).toBe(1);
    expect(await db.revision.count({ where: { entityType: "organization", entityId: null, status: "PENDING" } })).toBe(
      PEOPLE - 1,
    );
  });
});
