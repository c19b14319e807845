// Curators source what they add (issue #13, item 5), against the test database: an edit whose new facts no citation
// it adds backs is flagged on its revision and cannot be approved; the curator attaches a source (one the atlas holds,
// or a new one described in the form) and the edit is approved with its citations published; a moderator may instead
// record why no source is needed, which is kept on the revision and in the audit log. An import leaves citations alone.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { organizationKind } from "../../lib/organizations/kind";
import { approveRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { makeActor } from "../support/actors";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
const SLUG = "association-of-armenians-of-russia";
let curator: Actor;
let moderator: Actor;
let articleId: string;

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetToSeed(db);
  const armenian = await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } });
  curator = await makeActor(db, "curator@example.org", "CURATOR", [armenian.id]);
  moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
  articleId = (await db.source.findUniqueOrThrow({ where: { key: "article" }, select: { id: true } })).id;
});

/** The edit form as the curator opens it (with the entry's citations), changed by `changes`. */
async function editForm(changes: Record<string, string | string[]>) {
  const stored = (await organizationKind.find(db, SLUG))!;
  return { ...organizationKind.toValues(stored.snapshot, { id: stored.id, version: stored.version }), ...changes };
}

async function citations() {
  return db.organizationSource.findMany({
    where: { organization: { slug: SLUG } },
    orderBy: { position: "asc" },
    select: { facts: true, locator: true, source: { select: { key: true, title: true, url: true, archiveUrl: true } } },
  });
}

const acronym = async () =>
  (await db.organization.findUniqueOrThrow({ where: { slug: SLUG }, select: { acronym: true } })).acronym;

describe("a change without a source", () => {
  it("is flagged with the facts it leaves unsourced and cannot be approved; once sourced it is approved", async () => {
    const before = await citations();
    const first = await submitRevision(
      organizationKind,
      curator,
      await editForm({ acronym: "ОАР-1", status: "ACTIVE" }),
    );
    expect(first.ok).toBe(true);
    const flagged = await db.revision.findUniqueOrThrow({ where: { id: first.ok ? first.revisionId : "" } });
    expect(flagged.unsourcedFacts.sort()).toEqual(["acronym", "status"]);

    const refused = await approveRevision(moderator, { revisionId: flagged.id });
    expect(refused).toMatchObject({
      ok: false,
      formError: "sourceNeeded",
      fieldErrors: { sourceWaiver: ["sourceWaiverRequired"] },
    });
    expect(await acronym()).not.toBe("ОАР-1");
    expect((await db.revision.findUniqueOrThrow({ where: { id: flagged.id } })).status).toBe("PENDING");

    // The curator reopens the edit and cites the article for the acronym, and a new source for the status.
    const row = before.length;
    const second = await submitRevision(
      organizationKind,
      curator,
      await editForm({
        acronym: "ОАР-1",
        status: "ACTIVE",
        [`citation.${row}.sourceId`]: articleId,
        [`citation.${row}.facts`]: ["acronym"],
        [`citation.${row}.locator`]: "section 2",
        "newSource.title": "Association founded",
        "newSource.url": "https://example.org/news/oar",
        "newSource.archiveUrl": "https://web.archive.org/web/2024/https://example.org/news/oar",
        "newSource.facts": "status",
      }),
    );
    expect(second.ok).toBe(true);
    const sourced = await db.revision.findUniqueOrThrow({ where: { id: second.ok ? second.revisionId : "" } });
    expect(sourced.unsourcedFacts).toEqual([]);
    // The curator's newer draft replaced the flagged one.
    expect((await db.revision.findUniqueOrThrow({ where: { id: flagged.id } })).status).toBe("SUPERSEDED");

    const approved = await approveRevision(moderator, { revisionId: sourced.id });
    expect(approved.ok).toBe(true);
    expect(await acronym()).toBe("ОАР-1");
    const after = await citations();
    expect(after.slice(0, row)).toEqual(before);
    expect(after.slice(row)).toEqual([
      { facts: ["acronym"], locator: "section 2", source: expect.objectContaining({ key: "article" }) },
      {
        facts: ["status"],
        locator: null,
        source: {
          key: "association-founded",
          title: "Association founded",
          url: "https://example.org/news/oar",
          archiveUrl: "https://web.archive.org/web/2024/https://example.org/news/oar",
        },
      },
    ]);
  });

  it("is published with the moderator's recorded reason, kept on the revision and in the audit log", async () => {
    const submitted = await submitRevision(organizationKind, curator, await editForm({ acronym: "OAR" }));
    const id = submitted.ok ? submitted.revisionId : "";
    const approved = await approveRevision(moderator, {
      revisionId: id,
      sourceWaiver: "Latin form of the cited acronym",
    });
    expect(approved.ok).toBe(true);
    expect(await acronym()).toBe("OAR");
    const revision = await db.revision.findUniqueOrThrow({ where: { id } });
    expect(revision).toMatchObject({ status: "APPROVED", sourceWaiver: "Latin form of the cited acronym" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "revision.source_waived", targetId: id } });
    expect(audit.details).toMatchObject({ facts: ["acronym"], reason: "Latin form of the cited acronym" });
  });

  it("does not flag an edit that changes no fact, nor vouch for a new value with a citation already on the entry", async () => {
    const unchanged = await submitRevision(organizationKind, curator, await editForm({}));
    const id = unchanged.ok ? unchanged.revisionId : "";
    expect((await db.revision.findUniqueOrThrow({ where: { id } })).unsourcedFacts).toEqual([]);
    // The entry cites the article for its names already: a new name still needs its own source.
    const renamed = await submitRevision(organizationKind, curator, await editForm({ "name.en": "Renamed" }));
    const renamedId = renamed.ok ? renamed.revisionId : "";
    expect((await db.revision.findUniqueOrThrow({ where: { id: renamedId } })).unsourcedFacts).toEqual(["names.en"]);
  });

  it("refuses a citation of a source that does not exist, keeping the entry", async () => {
    const before = await citations();
    const missing = await submitRevision(
      organizationKind,
      curator,
      await editForm({
        [`citation.${before.length}.sourceId`]: "00000000-0000-4000-8000-000000000000",
        [`citation.${before.length}.facts`]: ["acronym"],
      }),
    );
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { [`citation.${before.length}.sourceId`]: ["unknownReference"] },
    });
    expect(await citations()).toEqual(before);
  });
});

describe("values without the form's citation fields (a crafted post)", () => {
  it("keep the entry's citations and are still checked for sources", async () => {
    const before = await citations();
    const values = Object.fromEntries(
      Object.entries(await editForm({ acronym: "CRAFTED" })).filter(
        ([key]) => key !== "citations" && !key.startsWith("citation.") && !key.startsWith("newSource."),
      ),
    );
    const submitted = await submitRevision(organizationKind, curator, values);
    const id = submitted.ok ? submitted.revisionId : "";
    expect((await db.revision.findUniqueOrThrow({ where: { id } })).unsourcedFacts).toEqual(["acronym"]);
    expect((await approveRevision(moderator, { revisionId: id, sourceWaiver: "checked by phone" })).ok).toBe(true);
    expect(await acronym()).toBe("CRAFTED");
    expect(await citations()).toEqual(before);
  });
});
