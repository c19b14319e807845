// Links between entries are cross-scope edits too (lib/curation/link-scope.ts): an event that lists an organization
// as organizer shows on that organization's page, so a curator of one diaspora may not list another diaspora's
// organization (nor one of no diaspora); a moderator of that scope may. The reviewer answers for the links a
// revision adds as much as the author. Refusals are audited and change nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { eventKind } from "../../lib/events/kind";
import { approveRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { readSeedData } from "../../prisma/seed/seed";
import { resetToSeed } from "../support/seeded-database";
import { makeActor } from "../support/actors";
import { openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();
let armenianId: string;
let armenianOrg: string;
let georgianOrg: string;
let noDiasporaOrg: string;
let curator: Actor;
let armenianModerator: Actor;
let globalModerator: Actor;

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  await resetToSeed(db, await readSeedData());
  armenianId = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } })).id;
  const org = async (slug: string) =>
    (await db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  armenianOrg = await org("association-of-armenians-of-russia");
  georgianOrg = await org("federal-georgian-national-cultural-autonomy");
  noDiasporaOrg = await org("global-alumni-alliance");
  curator = await makeActor(db, "curator@example.org", "CURATOR", [armenianId]);
  armenianModerator = await makeActor(db, "armenian-moderator@example.org", "MODERATOR", [armenianId]);
  globalModerator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
});

const newEvent = (organizerIds: string[]) => ({
  version: "0",
  slug: "armenian-film-days-lyon-2024",
  type: "CULTURAL_DAYS",
  start: "2024-06-14",
  "title.en": "Armenian Film Days in Lyon",
  countryCode: "FR",
  organizerIds,
  diasporaIds: [armenianId],
});

/** Events, their organizers and revisions: what a refused step must leave as it was. */
async function state() {
  const [events, organizers, revisions] = await Promise.all([
    db.event.findMany({ select: { slug: true, version: true }, orderBy: { slug: "asc" } }),
    db.eventOrganizer.findMany({
      select: { eventId: true, organizationId: true },
      orderBy: [{ eventId: "asc" }, { organizationId: "asc" }],
    }),
    db.revision.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
  ]);
  return { events, organizers, revisions };
}
const denials = () =>
  db.auditLog.findMany({ where: { action: "permission.denied" }, select: { actorId: true, details: true } });

describe("an event's organizers", () => {
  it("may not include another diaspora's organization, nor one of no diaspora, for a curator: refused beside the field and audited", async () => {
    for (const outside of [georgianOrg, noDiasporaOrg]) {
      const before = await state();
      const count = (await denials()).length;
      expect(await submitRevision(eventKind, curator, newEvent([armenianOrg, outside]))).toEqual({
        ok: false,
        fieldErrors: { organizerIds: ["outsideScope"] },
      });
      expect(await state()).toEqual(before);
      const rows = await denials();
      expect(rows).toHaveLength(count + 1);
      expect(rows.at(-1)).toMatchObject({
        actorId: curator.userId,
        details: {
          permission: "update:organization",
          reason: "linkOutsideScope",
          field: "organizerIds",
          linked: [outside],
        },
      });
    }
    // The curator's own diaspora's organization is fine.
    expect(await submitRevision(eventKind, curator, newEvent([armenianOrg]))).toMatchObject({ ok: true });
  });

  it("may include it when a global moderator links it; an Armenian moderator may not approve that link, a global one may", async () => {
    const saved = await submitRevision(eventKind, globalModerator, newEvent([armenianOrg, georgianOrg]));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const before = await state();
    expect(await approveRevision(armenianModerator, { revisionId: saved.revisionId })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "outsideScope",
    });
    expect(await state()).toEqual(before);
    expect((await denials()).at(-1)).toMatchObject({
      actorId: armenianModerator.userId,
      details: { reason: "linkOutsideScope", linked: [georgianOrg] },
    });
    expect(
      await approveRevision(await makeActor(db, "admin@example.org", "ADMIN", [], true), {
        revisionId: saved.revisionId,
      }),
    ).toMatchObject({ ok: true });
    const event = (await eventKind.find(db, "armenian-film-days-lyon-2024"))!;
    expect(event.snapshot.organizerIds).toEqual([armenianOrg, georgianOrg].sort());

    // Once published, the curator may edit the event without touching that organizer: only added links are checked.
    const edit = await submitRevision(eventKind, curator, {
      ...eventKind.toValues(event.snapshot, { id: event.id, version: event.version }),
      "title.en": "Armenian Film Days",
    });
    expect(edit).toMatchObject({ ok: true });
    // ... and an Armenian moderator may approve that edit, which adds no link.
    if (!edit.ok) throw new Error("expected a revision");
    expect(await approveRevision(armenianModerator, { revisionId: edit.revisionId })).toMatchObject({ ok: true });
  });
});
