// Curator forms (issue #15, item 6) against the test database: a returned revision reopens only for its author, with
// what it proposed and the version it started from; the public page's Edit link is offered only to the curators who
// may edit the entry.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../lib/auth/current-user";
import type { Actor } from "../../lib/auth/permissions";
import { editHref } from "../../lib/curation/edit-link";
import { getReturnedDraft } from "../../lib/curation/get-draft";
import { listMyRevisions } from "../../lib/curation/list-revisions";
import { rejectRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { organizationKind } from "../../lib/organizations/kind";
import type { OrganizationSnapshot } from "../../lib/organizations/schema";
import { makeActor } from "../support/actors";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
const SLUG = "association-of-armenians-of-russia";
let curator: Actor;
let otherCurator: Actor;
let georgian: Actor;
let moderator: Actor;

const session = (actor: Actor): CurrentUser => ({ ...actor, sessionId: "test" });

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetToSeed(db);
  const ids = await db.diaspora.findMany({
    where: { slug: { in: ["armenian", "georgian"] } },
    select: { id: true, slug: true },
  });
  const armenianId = ids.find((d) => d.slug === "armenian")!.id;
  const georgianId = ids.find((d) => d.slug === "georgian")!.id;
  curator = await makeActor(db, "curator@example.org", "CURATOR", [armenianId]);
  otherCurator = await makeActor(db, "other@example.org", "CURATOR", [armenianId]);
  georgian = await makeActor(db, "georgian@example.org", "CURATOR", [georgianId]);
  moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
});

/** The curator's edit of the acronym, returned by the moderator with a comment; the revision's id. */
async function returnedEdit(acronym: string): Promise<string> {
  const stored = (await organizationKind.find(db, SLUG))!;
  const values = organizationKind.toValues(stored.snapshot, { id: stored.id, version: stored.version });
  const saved = await submitRevision(organizationKind, curator, { ...values, acronym });
  if (!saved.ok) throw new Error(`expected a revision: ${JSON.stringify(saved)}`);
  expect(await rejectRevision(moderator, { revisionId: saved.revisionId, comment: "Cite the charter." })).toMatchObject(
    {
      ok: true,
    },
  );
  return saved.revisionId;
}

describe("reopening a returned revision", () => {
  it("gives its author what it proposed, the comment and the version it started from", async () => {
    const stored = (await organizationKind.find(db, SLUG))!;
    const id = await returnedEdit("AAR-FIX");
    const draft = await getReturnedDraft<OrganizationSnapshot>(organizationKind, id, curator.userId);
    expect(draft).toMatchObject({
      id: stored.id,
      version: stored.version,
      revisionId: id,
      comment: "Cite the charter.",
    });
    expect(draft!.snapshot.acronym).toBe("AAR-FIX");
    const [listed] = await listMyRevisions(curator.userId, "en");
    expect(listed).toMatchObject({
      id,
      status: "REJECTED",
      reopenHref: `/curate/organizations/${SLUG}/edit?revision=${id}`,
    });
  });

  it("is nobody else's, and only a returned revision reopens", async () => {
    const id = await returnedEdit("AAR-FIX");
    expect(await getReturnedDraft(organizationKind, id, otherCurator.userId)).toBeNull();
    expect(await getReturnedDraft(organizationKind, "not-an-id", curator.userId)).toBeNull();
    const stored = (await organizationKind.find(db, SLUG))!;
    const values = organizationKind.toValues(stored.snapshot, { id: stored.id, version: stored.version });
    const pending = await submitRevision(organizationKind, curator, { ...values, acronym: "AAR-2" });
    if (!pending.ok) throw new Error("expected a revision");
    expect(await getReturnedDraft(organizationKind, pending.revisionId, curator.userId)).toBeNull();
    expect((await listMyRevisions(curator.userId, "en"))[0]).toMatchObject({ status: "PENDING", reopenHref: null });
  });
});

describe("the public page's Edit link", () => {
  it("is offered to a curator of the entry's diaspora and to a global moderator only", async () => {
    const edit = `/curate/organizations/${SLUG}/edit`;
    expect(await editHref(session(curator), "organization", SLUG)).toBe(edit);
    expect(await editHref(session(moderator), "organization", SLUG)).toBe(edit);
    expect(await editHref(session(georgian), "organization", SLUG)).toBeNull();
    expect(await editHref(null, "organization", SLUG)).toBeNull();
  });

  it("says nothing of unknown entries, other kinds or malformed addresses", async () => {
    expect(await editHref(session(moderator), "organization", "no-such-organization")).toBeNull();
    expect(await editHref(session(moderator), "source", "shneider-2018")).toBeNull();
    expect(await editHref(session(moderator), "organization", "../admin")).toBeNull();
  });
});
