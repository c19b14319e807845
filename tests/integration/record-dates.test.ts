// The dates a profile shows and the licence the feeds state, against the test database. Invariants: a seeded
// entry has no edit date (loading the seed is not an edit); an approved change gives the moderator's approval
// time; a pending or rejected one changes nothing. Every Atom feed names the data's licence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotValues } from "../../lib/organizations/form-values";
import { organizationRowSelect } from "../../lib/organizations/row";
import { rowToSnapshot } from "../../lib/organizations/snapshot";
import { approveRevision, rejectRevision } from "../../lib/curation/review-revision";
import { organizationKind } from "../../lib/organizations/kind";
import { submitRevision } from "../../lib/curation/submit-revision";
import { eventAtomFeed } from "../../lib/feeds/event-feeds";
import { organizationAtomFeed } from "../../lib/feeds/organization-feed";
import { getOrganization } from "../../lib/organizations/get-organization";
import { dataAsOf } from "../../lib/sources/data-as-of";
import { readSeedData } from "../../prisma/seed/seed";
import { resetToSeed } from "../support/seeded-database";
import { makeActor } from "../support/actors";
import { openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();

beforeAll(async () => {
  await resetDatabase(db);
  await resetToSeed(db, await readSeedData());
});
afterAll(() => db.$disconnect());

let curators = 0;
async function edit(slug: string, changes: Record<string, string>) {
  const row = await db.organization.findUniqueOrThrow({ where: { slug }, select: organizationRowSelect });
  const values = snapshotValues(rowToSnapshot(row), { id: row.id, version: row.version });
  const curator = await makeActor(
    db,
    `curator-${++curators}@example.org`,
    "CURATOR",
    row.diasporas.map((d) => d.diasporaId),
  );
  const result = await submitRevision(organizationKind, curator, { ...values, ...changes });
  if (!result.ok) throw new Error(`expected a revision: ${JSON.stringify(result)}`);
  return result.revisionId;
}

describe("a profile's dates", () => {
  it("gives a seeded entry its newest source year as data as of, and no edit date", async () => {
    const amor = (await getOrganization("amor", "en"))!;
    expect(amor.lastEdited).toBeNull();
    expect(dataAsOf(amor.citations)).toEqual({ precision: "year", year: 2021 });
  });

  it("dates the record from the approval of a change, not from a pending or rejected one", async () => {
    const moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
    const rejected = await edit("ojag", { foundedYear: "1999" });
    await rejectRevision(moderator, { revisionId: rejected, comment: "No source for the year." });
    await edit("ojag", { foundedYear: "2001" });
    expect((await getOrganization("ojag", "en"))!.lastEdited).toBeNull();

    const pending = await db.revision.findFirstOrThrow({ where: { status: "PENDING" }, select: { id: true } });
    expect(
      (await approveRevision(moderator, { revisionId: pending.id, sourceWaiver: "Test edit: no source needed" })).ok,
    ).toBe(true);
    const approved = await db.revision.findUniqueOrThrow({ where: { id: pending.id }, select: { reviewedAt: true } });
    expect((await getOrganization("ojag", "en"))!.lastEdited).toBe(approved.reviewedAt!.toISOString());
  });
});

describe("feeds", () => {
  it("state the data's licence in every Atom feed", async () => {
    for (const feed of [
      await organizationAtomFeed("en", {}),
      await eventAtomFeed({ locale: "en", filters: {}, when: "all", today: "2024-06-15" }),
    ]) {
      expect(feed).toContain(
        "<rights>Creative Commons Attribution 4.0 International (CC-BY-4.0), https://creativecommons.org/licenses/by/4.0/</rights>",
      );
      expect(feed).toContain(
        '<link rel="license" type="text/html" href="https://creativecommons.org/licenses/by/4.0/"/>',
      );
    }
  });
});
