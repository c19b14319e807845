// Attacks on access with forged input (issue #7): ids of another diaspora's entries, random UUIDs, ids of another
// kind, tampered hidden fields (version, diasporas, entity type), and anonymous callers probing ids. Each must be
// refused, leave a permission.denied row in the audit log, and change nothing else in the database (every table
// fingerprinted). tests/integration/authorization.test.ts holds the role × action matrix; this is what it does not.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { eventKind } from "../../lib/events/kind";
import { organizationKind } from "../../lib/organizations/kind";
import { presenceKind } from "../../lib/diasporas/presence/kind";
import { restoreRevision } from "../../lib/curation/restore-revision";
import { approveRevision, rejectRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { decideSuggestion } from "../../lib/suggestions/decide-suggestion";
import { submitSuggestion } from "../../lib/suggestions/submit-suggestion";
import { databaseFingerprint, openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";
import { refusalsRecorded } from "../support/refusals";

const db = openTestDatabase();
let armenian: string;
let georgian: string;
let curator: Actor; // Armenian curator
let moderator: Actor; // Armenian moderator
let admin: Actor;

async function actor(
  email: string,
  role: "CURATOR" | "MODERATOR" | "ADMIN",
  diasporaIds: string[],
  global = false,
): Promise<Actor> {
  const user = await db.user.create({ data: { email, name: email.split("@")[0]! }, select: { id: true } });
  await db.roleAssignment.create({
    data: {
      userId: user.id,
      role,
      global,
      diasporas: { createMany: { data: diasporaIds.map((diasporaId) => ({ diasporaId })) } },
    },
  });
  return (await loadActor(user.id))!;
}

beforeAll(async () => {
  await resetToSeed(db);
  armenian = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } })).id;
  georgian = (await db.diaspora.findUniqueOrThrow({ where: { slug: "georgian" }, select: { id: true } })).id;
  curator = await actor("curator-hy@example.org", "CURATOR", [armenian]);
  moderator = await actor("moderator-hy@example.org", "MODERATOR", [armenian]);
  admin = await actor("admin@example.org", "ADMIN", [], true);
});
afterAll(() => db.$disconnect());

const valuesOf = async (slug: string) => {
  const stored = (await organizationKind.find(db, slug))!;
  return organizationKind.toValues(stored.snapshot, { id: stored.id, version: stored.version });
};

/** Runs an attack: it must be refused with one of `codes`, audited once as permission.denied (when `audited`), and change nothing else. */
async function refused(
  run: () => Promise<{ ok: boolean; formError?: string; fieldErrors?: unknown }>,
  codes: string[],
  audited = true,
) {
  const before = await databaseFingerprint(db);
  const denials = await refusalsRecorded(db);
  const result = await run();
  expect(result.ok, JSON.stringify(result)).toBe(false);
  expect(codes, JSON.stringify(result)).toContain(result.formError);
  const after = await databaseFingerprint(db);
  expect({ ...after, AuditLog: "" }).toEqual({ ...before, AuditLog: "" });
  expect(await refusalsRecorded(db)).toBe(denials + (audited ? 1 : 0));
}

describe("forged ids and tampered hidden fields", () => {
  it("an Armenian curator cannot edit a Georgian entry by posting its id", async () => {
    await refused(
      async () =>
        submitRevision(organizationKind, curator, {
          ...(await valuesOf("federal-georgian-national-cultural-autonomy")),
          acronym: "HIJACK",
        }),
      ["forbidden"],
    );
  });

  it("nor move an Armenian entry into the Georgian diaspora (tampered diasporaIds)", async () => {
    const values = await valuesOf("association-of-armenians-of-russia");
    await refused(
      () => submitRevision(organizationKind, curator, { ...values, diasporaIds: [armenian, georgian] }),
      ["forbidden"],
    );
  });

  it("nor keep a Georgian entry's id while posting the slug and diasporas of an Armenian one", async () => {
    const theirs = await valuesOf("federal-georgian-national-cultural-autonomy");
    const ours = await valuesOf("association-of-armenians-of-russia");
    await refused(
      () => submitRevision(organizationKind, curator, { ...ours, id: theirs.id!, version: theirs.version! }),
      ["forbidden"],
    );
  });

  it("a random UUID as the entry id: refused and audited; anonymous callers cannot tell it from a real one", async () => {
    const values = { ...(await valuesOf("association-of-armenians-of-russia")), id: randomUUID() };
    await refused(() => submitRevision(organizationKind, curator, values), ["notFound"]);
    await refused(() => submitRevision(organizationKind, null, values), ["forbidden"]);
    const real = await valuesOf("association-of-armenians-of-russia");
    await refused(() => submitRevision(organizationKind, null, real), ["forbidden"]);
  });

  it("another kind's id (an organization's id posted as an event's or a population figure's)", async () => {
    const orgId = (await valuesOf("association-of-armenians-of-russia")).id as string;
    await refused(
      () =>
        submitRevision(eventKind, curator, {
          version: "1",
          id: orgId,
          slug: "forged-event",
          "title.en": "Forged",
          type: "FESTIVAL",
          start: "2024",
          diasporaIds: [armenian],
        }),
      ["notFound"],
    );
    await refused(
      () =>
        submitRevision(presenceKind, curator, {
          version: "1",
          id: orgId,
          diasporaId: armenian,
          hostCountry: "FR",
          population: "5",
          year: "",
        }),
      ["notFound"],
    );
  });

  it("a tampered version (an older one) is a conflict that stores nothing; a malformed one is a field error", async () => {
    const values = await valuesOf("association-of-armenians-of-russia");
    await refused(
      () => submitRevision(organizationKind, curator, { ...values, version: "0", acronym: "OLD" }),
      ["staleVersion"],
      false,
    );
    const before = await databaseFingerprint(db);
    const malformed = await submitRevision(organizationKind, curator, { ...values, version: "-1 OR 1=1" });
    expect(malformed).toMatchObject({ ok: false, fieldErrors: { version: ["invalid"] } });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("review commands with forged revision and suggestion ids", async () => {
    for (const who of [moderator, null]) {
      await refused(() => approveRevision(who, { revisionId: randomUUID() }), ["notFound", "forbidden"]);
      await refused(() => rejectRevision(who, { revisionId: randomUUID(), comment: "No." }), ["notFound", "forbidden"]);
      await refused(() => restoreRevision(who, { revisionId: randomUUID(), version: "1" }), ["notFound", "forbidden"]);
      await refused(
        () => decideSuggestion(who, { suggestionId: randomUUID(), decision: "RESOLVED" }),
        ["notFound", "forbidden"],
      );
    }
    // A Georgian entry's pending revision, approved by the Armenian moderator through its real id.
    const pending = await submitRevision(organizationKind, admin, {
      ...(await valuesOf("federal-georgian-national-cultural-autonomy")),
      acronym: "FGNCA",
    });
    if (!pending.ok) throw new Error(JSON.stringify(pending));
    await refused(() => approveRevision(moderator, { revisionId: pending.revisionId }), ["forbidden"]);
  });

  it("a suggestion's tampered entity type (an organization's slug posted as an event) is a field error that stores nothing", async () => {
    const before = await databaseFingerprint(db);
    const result = await submitSuggestion(
      { entityType: "event", slug: "association-of-armenians-of-russia", body: "Forged entity type here." },
      { ip: "198.51.100.77", locale: "en" },
    );
    expect(result.ok).toBe(false);
    expect({ ...(await databaseFingerprint(db)), RateLimit: "" }).toEqual({ ...before, RateLimit: "" });
    const forged = await submitSuggestion(
      { entityType: "revision", slug: "association-of-armenians-of-russia", body: "Forged entity type here." },
      { ip: "198.51.100.78", locale: "en" },
    );
    expect(forged.ok).toBe(false);
  });
});
