// Provenance of names and texts (issue #13, decision 0024), against the test database. Invariants: a fresh seed
// marks each name as from a source exactly where a citation says that source contains it, and every other name and
// description as the atlas's; a database loaded before provenance was kept gets the same marks, citations by
// language and presence qualifiers as approved revisions saying why, and loses the presence rows inferred from the
// Shanghai march; a second run does nothing; a curator's new text is CURATOR and what they leave keeps its mark.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { approveRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { getDiaspora } from "../../lib/diasporas/get-diaspora";
import { snapshotValues } from "../../lib/organizations/form-values";
import { getOrganization } from "../../lib/organizations/get-organization";
import { organizationKind } from "../../lib/organizations/kind";
import { readSeedData } from "../../prisma/seed/seed";
import { resetToSeed } from "../support/seeded-database";
import { applySeedCorrections } from "../../prisma/seed/seed-corrections";
import { PRESENCE_NOTE, PRESENCE_REMOVED_NOTE, PROVENANCE_NOTE } from "../../prisma/seed/provenance-corrections";
import { makeActor } from "../support/actors";
import { openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

/** Every translation's provenance and every citation's facts, by entry: what a database says about provenance. */
async function provenanceState() {
  const [organizations, events, diasporas, presences] = await Promise.all([
    db.organization.findMany({
      select: {
        slug: true,
        translations: { select: { locale: true, nameProvenance: true, descriptionProvenance: true } },
        sources: { select: { facts: true, source: { select: { key: true } } }, orderBy: { position: "asc" } },
      },
    }),
    db.event.findMany({
      select: {
        slug: true,
        translations: { select: { locale: true, titleProvenance: true, descriptionProvenance: true } },
        sources: { select: { facts: true, source: { select: { key: true } } }, orderBy: { position: "asc" } },
      },
    }),
    db.diaspora.findMany({
      select: {
        slug: true,
        translations: { select: { locale: true, nameProvenance: true, descriptionProvenance: true } },
        sources: { select: { facts: true, source: { select: { key: true } } }, orderBy: { position: "asc" } },
      },
    }),
    db.diasporaPresence.findMany({
      select: { countryCode: true, inferredFrom: true, note: true, diaspora: { select: { slug: true } } },
    }),
  ]);
  const byLocale = <T extends { locale: string }>(rows: T[]) =>
    rows.toSorted((a, b) => a.locale.localeCompare(b.locale));
  const entries = (rows: { slug: string; translations: { locale: string }[]; sources: unknown[] }[]) =>
    Object.fromEntries(rows.map((r) => [r.slug, { translations: byLocale(r.translations), sources: r.sources }]));
  return {
    organizations: entries(organizations),
    events: entries(events),
    diasporas: entries(diasporas),
    presences: presences
      .map((p) => ({ row: `${p.diaspora.slug} ${p.countryCode}`, inferredFrom: p.inferredFrom, note: p.note }))
      .toSorted((a, b) => a.row.localeCompare(b.row)),
  };
}

/** Turns a freshly seeded database into one an earlier seed loaded: no provenance, "names" cited for every language. */
async function asBeforeProvenance() {
  await db.$executeRaw`UPDATE "OrganizationTranslation" SET "nameProvenance" = NULL, "descriptionProvenance" = NULL`;
  await db.$executeRaw`UPDATE "EventTranslation" SET "titleProvenance" = NULL, "descriptionProvenance" = NULL`;
  await db.$executeRaw`UPDATE "DiasporaTranslation" SET "nameProvenance" = NULL, "descriptionProvenance" = NULL`;
  for (const [table, field] of [
    ["OrganizationSource", "names"],
    ["EventSource", "titles"],
    ["DiasporaSource", "names"],
  ] as const) {
    // Each language's fact back to the bare field, where the first of them stood.
    await db.$executeRawUnsafe(
      `UPDATE "${table}" SET facts = ARRAY(
         SELECT f FROM (
           SELECT CASE WHEN f LIKE '${field}.%' THEN '${field}' ELSE f END AS f, min(i) AS i
           FROM unnest(facts) WITH ORDINALITY AS u(f, i) GROUP BY 1
         ) s ORDER BY i)
       WHERE EXISTS (SELECT 1 FROM unnest(facts) f WHERE f LIKE '${field}.%')`,
    );
  }
  await db.organizationSource.deleteMany({ where: { source: { key: "russkiymir-2015-quasi-friends" } } });
  await db.$executeRaw`UPDATE "DiasporaPresence" SET "inferredFrom" = NULL`;
  const article = await db.source.findUniqueOrThrow({ where: { key: "article" }, select: { id: true } });
  const circassian = await db.diaspora.findUniqueOrThrow({ where: { slug: "circassian" }, select: { id: true } });
  await db.$executeRaw`UPDATE "DiasporaPresence" SET note = NULL WHERE "diasporaId" = ${circassian.id}::uuid`;
  for (const slug of ["kazakh", "belarusian", "ukrainian"]) {
    const d = await db.diaspora.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await db.diasporaPresence.create({
      data: {
        diasporaId: d.id,
        countryCode: "CN",
        sourceId: article.id,
        locator: "section 'Some theoretical aspects…'",
      },
    });
  }
}

describe("provenance of the seed's names and texts", () => {
  it("marks a fresh seed's names by what their sources contain, so an existing database has nothing to record", async () => {
    const data = await readSeedData();
    await resetToSeed(db, data);
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect(await db.revision.count()).toBe(0);

    const bank = (await getOrganization("alfa-bank", "ru"))!;
    expect(bank.names.toSorted((a, b) => a.locale.localeCompare(b.locale))).toEqual([
      { locale: "en", value: "Alfa-Bank", provenance: "SOURCE" },
      { locale: "ru", value: "Альфа-Банк", provenance: "ATLAS" },
    ]);
    expect(bank.descriptionProvenance).toBe("ATLAS");
    // The article backs the English name only, and says so.
    expect(bank.citations.find((c) => c.source.key === "article")!.facts).toContain("names.en");
    expect(bank.citations.flatMap((c) => c.facts)).not.toContain("names");

    const ojag = (await getOrganization("ojag", "az"))!;
    expect(Object.fromEntries(ojag.names.map((n) => [n.locale, n.provenance]))).toEqual({
      ru: "SOURCE",
      az: "SOURCE",
      en: "ATLAS",
    });

    const armenian = (await getDiaspora("armenian", "en"))!;
    expect(armenian.presences.find((p) => p.countryCode === "RU")!.inferredFrom).toMatchObject({
      value: "the Association of Armenians of Russia",
      isFallback: false,
    });
    expect(await getDiaspora("ukrainian", "en")).toMatchObject({ presences: [] });
  });

  it("reaches a database loaded before provenance was kept as approved revisions saying why, once", async () => {
    const data = await readSeedData();
    await resetToSeed(db, data);
    const fresh = await provenanceState();
    await asBeforeProvenance();
    expect(await provenanceState()).not.toEqual(fresh);

    const done = await applySeedCorrections(db, data);
    expect(done).toContain("alfa-bank");
    expect(done).toContain("martisor");
    expect(done).toContain("diaspora:azerbaijani");
    expect(done).toContain("presence:armenian:RU");
    for (const slug of ["kazakh", "belarusian", "ukrainian"]) expect(done).toContain(`presence:${slug}:CN:removed`);
    // The database now says what a fresh seed says.
    expect(await provenanceState()).toEqual(fresh);

    const bank = await db.organization.findUniqueOrThrow({
      where: { slug: "alfa-bank" },
      select: { id: true, version: true },
    });
    expect(bank.version).toBe(2);
    const revisions = await db.revision.findMany({
      where: { entityId: bank.id },
      select: { status: true, comment: true, authorId: true, snapshot: true },
    });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ status: "APPROVED", comment: PROVENANCE_NOTE, authorId: null });
    expect(revisions[0]!.snapshot).toMatchObject({
      translations: expect.arrayContaining([expect.objectContaining({ locale: "ru", nameProvenance: "ATLAS" })]),
    });
    // The Russkiy Mir Foundation cites its own site for its English name again.
    const russkiyMir = (await getOrganization("russkiy-mir-foundation", "en"))!;
    expect(russkiyMir.citations.map((c) => [c.source.key, c.facts])).toContainEqual([
      "russkiymir-2015-quasi-friends",
      ["names.en"],
    ]);

    const removed = await db.revision.findMany({
      where: { comment: PRESENCE_REMOVED_NOTE },
      select: { snapshot: true },
    });
    expect(removed.map((r) => (r.snapshot as { countryCode: string }).countryCode)).toEqual(["CN", "CN", "CN"]);
    expect(await db.revision.count({ where: { entityType: "presence", comment: PRESENCE_NOTE } })).toBe(5);

    expect(await applySeedCorrections(db, data)).toEqual([]);
  });

  it("leaves a name a curator changed before provenance was kept unmarked, and its citation without that language", async () => {
    const data = await readSeedData();
    await resetToSeed(db, data);
    await asBeforeProvenance();
    await db.$executeRaw`UPDATE "OrganizationTranslation" SET name = 'Alfa Bank JSC'
      WHERE locale = 'en' AND "organizationId" = (SELECT id FROM "Organization" WHERE slug = 'alfa-bank')`;
    await applySeedCorrections(db, data);
    const bank = (await getOrganization("alfa-bank", "en"))!;
    expect(Object.fromEntries(bank.names.map((n) => [n.locale, n.provenance]))).toEqual({ en: null, ru: "ATLAS" });
    expect(bank.citations.find((c) => c.source.key === "article")!.facts).not.toContain("names.en");
  });
});

describe("a curator's text", () => {
  it("is the curator's where they wrote it; what they left keeps its provenance", async () => {
    await resetToSeed(db, await readSeedData());
    const stored = (await organizationKind.find(db, "arma"))!;
    const curator = await makeActor(db, "curator@example.org", "CURATOR", stored.snapshot.diasporaIds);
    const moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
    const values = snapshotValues(stored.snapshot, { id: stored.id, version: stored.version });
    const submitted = await submitRevision(organizationKind, curator, {
      ...values,
      "name.ru": "Ассоциация русской молодёжи Азербайджана (АРМА)",
      "name.az": "ARMA (curator's test name)",
    });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    // The new names cite no source (curation-sourcing.test.ts): the moderator records why none is needed.
    const approved = await approveRevision(moderator, { revisionId: submitted.revisionId, sourceWaiver: "Test names" });
    expect(approved.ok).toBe(true);
    const arma = (await getOrganization("arma", "ru"))!;
    expect(Object.fromEntries(arma.names.map((n) => [n.locale, n.provenance]))).toEqual({
      en: "SOURCE",
      ru: "CURATOR",
      az: "CURATOR",
    });
    expect(arma.descriptionProvenance).toBe("ATLAS");
  });
});
