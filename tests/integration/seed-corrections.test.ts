// The seed's corrections of organizations (issue #13: names, status, founding year, the category of the related
// institutions), against the test database.
// Invariants: a database an earlier seed loaded gets each correction as one approved revision whose comment cites
// its sources, with the sources that back it cited on the entry; the entry then reads as a fresh seed's does; a
// second run does nothing; an entry a curator has edited since is left as the curator left it.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { approveRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { snapshotValues } from "../../lib/organizations/form-values";
import { getOrganization } from "../../lib/organizations/get-organization";
import { organizationKind } from "../../lib/organizations/kind";
import { eventValues } from "../../lib/events/form-values";
import { getEvent } from "../../lib/events/get-event";
import { eventKind } from "../../lib/events/kind";
import { sourceValues } from "../../lib/sources/form-values";
import { sourceKind } from "../../lib/sources/kind";
import { readSeedData } from "../../prisma/seed/seed";
import { applySeedCorrections } from "../../prisma/seed/seed-corrections";
import { onlinePresenceNote } from "../../prisma/seed/online-presence-corrections";
import { altNamesNote } from "../../prisma/seed/alt-name-corrections";
import type { SeedData } from "../../prisma/seed/seed-schema";
import { makeActor } from "../support/actors";
import { openTestDatabase, resetDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
const id = async (slug: string) => (await db.organization.findUnique({ where: { slug }, select: { id: true } }))?.id;
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

/**
 * The sources each organization whose names or facts were corrected cited before the corrections (the seed of main
 * before issue #13). An entry corrected only in its description (item 9) cited then what it cites now.
 */
const EARLIER_CITATIONS: Record<string, string[]> = {
  amor: ["article", "mehdieva-2014", "amor-young-scientist-school"],
  "all-russian-azerbaijan-congress": ["article", "mehdieva-2014"],
  "federal-georgian-national-cultural-autonomy": ["article"],
  ojag: ["article"],
  "association-of-armenians-of-russia": ["article", "regnum-2018-union-of-armenians-of-russia"],
  "society-of-russian-speaking-scientists-finland": ["article"],
  "assembly-of-peoples-of-kazakhstan": ["article"],
  "russian-compatriots-in-uzbekistan-portal": ["article"],
  "institute-for-post-soviet-and-interregional-studies": [
    "article",
    "guschin-levchenkov-2010",
    "shneider-2018",
    "vittenberg-pivovar-2018",
    "vittenberg-2019",
    "ershov-2019",
    "vittenberg-pivovar-2020",
  ],
};

/** The seed as it was before the corrections: each corrected field back to its old value, the new sources gone. */
function earlierSeed(data: SeedData): SeedData {
  const old = structuredClone(data);
  const revert = (values: Record<string, string>, replaced: Record<string, string | null>) => {
    for (const [locale, value] of Object.entries(replaced)) {
      if (value === null) delete values[locale];
      else values[locale] = value;
    }
  };
  // Before the category existed, every entry was loaded as a diaspora organization (the column's default).
  for (const o of old.organizations) o.category = "DIASPORA_ORGANIZATION";
  for (const o of old.organizations) {
    if (!o.replaces) continue;
    revert(o.names, o.replaces.names ?? {});
    if (o.descriptions) revert(o.descriptions, o.replaces.descriptions ?? {});
    if (o.replaces.status !== undefined) o.status = o.replaces.status;
    if (o.replaces.foundedYear !== undefined) o.foundedYear = o.replaces.foundedYear ?? undefined;
    if (o.replaces.dissolvedOn !== undefined) o.dissolvedOn = o.replaces.dissolvedOn ?? undefined;
    const earlier = EARLIER_CITATIONS[o.slug];
    if (earlier) o.sources = o.sources.filter((c) => earlier.includes(c.source));
  }
  for (const s of old.sources) if (s.replaces) Object.assign(s, s.replaces);
  const cited = new Set(
    [...old.organizations, ...old.events, ...old.diasporas].flatMap((x) => x.sources.map((c) => c.source)),
  );
  for (const d of old.diasporas) for (const p of d.presences) cited.add(p.source);
  old.sources = old.sources.filter((s) => cited.has(s.key));
  // Nor had it the article's bibliography and figures (tests/integration/source-references.test.ts adds them).
  old.references = [];
  old.figures = [];
  return old;
}

async function curatorEdit(slug: string, changes: Record<string, string>) {
  const stored = (await organizationKind.find(db, slug))!;
  const curator = await makeActor(db, "curator@example.org", "CURATOR", stored.snapshot.diasporaIds);
  const moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
  const values = snapshotValues(stored.snapshot, { id: stored.id, version: stored.version });
  const submitted = await submitRevision(organizationKind, curator, { ...values, ...changes });
  if (!submitted.ok) throw new Error(`expected a revision: ${JSON.stringify(submitted)}`);
  // The edit cites no source (curation-sourcing.test.ts): the moderator records why none is needed.
  const approved = await approveRevision(moderator, { revisionId: submitted.revisionId, sourceWaiver: "Test edit" });
  expect(approved.ok).toBe(true);
}

const corrected = (data: SeedData) => data.organizations.filter((o) => o.replaces).map((o) => o.slug);
const related = (data: SeedData) =>
  data.organizations.filter((o) => o.category === "RELATED_INSTITUTION").map((o) => o.slug);

describe("the seed's corrections of organizations", () => {
  it("are in a fresh seed already, so a fresh database has nothing to correct", async () => {
    const data = await readSeedData();
    expect(corrected(data)).toEqual(expect.arrayContaining(Object.keys(EARLIER_CITATIONS)));
    await resetToSeed(db, data);
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect(await db.revision.count()).toBe(0);
    const congress = (await getOrganization("all-russian-azerbaijan-congress", "ru"))!;
    expect(congress).toMatchObject({
      name: { value: "Всероссийский азербайджанский конгресс" },
      status: "DISSOLVED",
      foundedYear: 2001,
      dissolvedOn: "2017-05-15",
    });
  });

  it("reach a database the earlier seed loaded as approved revisions citing their sources, once", async () => {
    const data = await readSeedData();
    await resetToSeed(db, earlierSeed(data));
    const before = (await getOrganization("amor", "ru"))!;
    expect(before.name?.value).toBe("Азербайджанская молодёжь России");

    // Every correction applies: the organizations' and the sources' (the article's record, REGNUM's note).
    const done = await applySeedCorrections(db, data);
    const sourceCorrections = data.sources.filter((s) => s.replaces).map((s) => s.key);
    expect(sourceCorrections).toContain("regnum-2018-union-of-armenians-of-russia");
    expect(done.toSorted()).toEqual([...sourceCorrections, ...corrected(data), ...related(data)].toSorted());

    const amor = await db.organization.findUniqueOrThrow({
      where: { slug: "amor" },
      select: { id: true, version: true, translations: { select: { locale: true, name: true } } },
    });
    expect(amor.version).toBe(2);
    expect(Object.fromEntries(amor.translations.map((t) => [t.locale, t.name]))).toEqual({
      ru: "Азербайджанское молодёжное объединение России",
      en: "Azerbaijani Youth Organization of Russia",
    });
    const congress = await db.organization.findUniqueOrThrow({
      where: { slug: "all-russian-azerbaijan-congress" },
      select: {
        status: true,
        foundedYear: true,
        dissolvedOn: true,
        translations: { where: { locale: "ru" }, select: { name: true } },
      },
    });
    expect(congress).toEqual({
      status: "DISSOLVED",
      foundedYear: 2001,
      dissolvedOn: new Date("2017-05-15T00:00:00Z"),
      translations: [{ name: "Всероссийский азербайджанский конгресс" }],
    });
    const ojag = await db.organizationTranslation.findMany({
      where: { organization: { slug: "ojag" } },
      select: { locale: true, name: true },
      orderBy: { locale: "asc" },
    });
    expect(ojag.map((t) => [t.locale, t.name])).toEqual([
      ["az", "Ocaq Azərbaycan Mədəniyyəti Cəmiyyəti"],
      ["en", "Ojag Society"],
      ["ru", "Азербайджанское культурное общество «Оджаг»"],
    ]);
    const armenians = (await getOrganization("association-of-armenians-of-russia", "en"))!;
    expect(armenians.description?.value).not.toContain("also rendered in English as the Union of Armenians of Russia");
    expect(armenians.description?.value).toContain("It is not the Union of Armenians of Russia");

    // The new facts cite the sources that back them, after the ones the entry had, and the sources exist now.
    const profile = (await getOrganization("all-russian-azerbaijan-congress", "en"))!;
    expect(profile.citations.map((c) => c.source.key)).toEqual([
      "article",
      "mehdieva-2014",
      "moscow-baku-2017-vak-liquidation",
      "kavkaz-uzel-vak-liquidation",
      "meydan-tv-2017-vak-dissolved",
      "report-az-2017-vak-abolished",
    ]);
    expect(profile.citations.find((c) => c.source.key === "report-az-2017-vak-abolished")!.facts).toContain("status");

    // One approved revision per entry, whose comment names its sources and whose snapshot is the entry as published.
    const revisions = await db.revision.findMany({ where: { entityType: "organization", entityId: amor.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ status: "APPROVED", baseVersion: 1, authorId: null });
    expect(revisions[0]!.comment).toContain("«Азербайджанское молодёжное объединение России»");
    expect(revisions[0]!.comment).toContain("http://amor.az/segodnja-v-gorode-sankt-peterburge-sos/");
    expect(revisions[0]!.snapshot).toEqual((await organizationKind.find(db, "amor"))!.snapshot);
    expect((await getOrganization("amor", "en"))!.lastEdited).toBe(revisions[0]!.reviewedAt!.toISOString());

    // The corrected entry reads as a fresh seed's: the earlier database and a fresh one now agree field for field.
    const snapshots = async () =>
      Promise.all(
        corrected(data).map(async (slug) => {
          const { diasporaIds: _ids, citations, ...rest } = (await organizationKind.find(db, slug))!.snapshot;
          // Sources by key: a fresh database gives them new ids.
          const keys = new Map(
            (await db.source.findMany({ select: { id: true, key: true } })).map((source) => [source.id, source.key]),
          );
          return {
            ...rest,
            citations: citations?.map(({ sourceId, ...c }) => ({ ...c, source: keys.get(sourceId!) })),
          };
        }),
      );
    const afterCorrections = await snapshots();
    const revisionCount = await db.revision.count();
    expect(revisionCount).toBe(done.length);

    // The next start finds nothing to do.
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect(await db.revision.count()).toBe(revisionCount);

    await resetDatabase(db);
    await resetToSeed(db, data);
    expect(await snapshots()).toEqual(afterCorrections);
  });

  it("leave an entry a curator has edited since as the curator left it, and correct the others", async () => {
    const data = await readSeedData();
    await resetToSeed(db, earlierSeed(data));
    await curatorEdit("amor", { "name.ru": "АМОР (правка куратора)" });

    const done = await applySeedCorrections(db, data);
    expect(done).not.toContain("amor");
    expect(done).toContain("all-russian-azerbaijan-congress");
    const amor = await db.organization.findUniqueOrThrow({
      where: { slug: "amor" },
      select: { version: true, translations: { select: { locale: true, name: true } } },
    });
    // Not even the English name, which the curator did not touch: a correction applies whole or not at all.
    expect(amor.version).toBe(2);
    expect(Object.fromEntries(amor.translations.map((t) => [t.locale, t.name]))).toEqual({
      ru: "АМОР (правка куратора)",
      en: "Azerbaijani Youth Association of Russia",
    });
    expect(await db.revision.count({ where: { comment: { contains: "amor.az" } } })).toBe(0);
  });

  it("rewrite an earlier database's descriptions as directory entries, except one a curator has edited", async () => {
    const data = await readSeedData();
    const earlier = earlierSeed(data);
    await resetToSeed(db, earlier);
    const descriptionOf = async (slug: string, locale: string) =>
      (await getOrganization(slug, locale))!.description?.value;
    expect(await descriptionOf("sberbank", "en")).toMatch(/^Named by the article among/);
    await curatorEdit("arma", { "description.en": "A bank (curator's text)." });

    const done = await applySeedCorrections(db, data);
    const fresh = (slug: string) => data.organizations.find((o) => o.slug === slug)!.descriptions!;
    expect(done).toContain("sberbank");
    expect(await descriptionOf("sberbank", "en")).toBe(fresh("sberbank").en);
    expect(await descriptionOf("sberbank", "ru")).toBe(fresh("sberbank").ru);
    expect(await descriptionOf("moscow-house-of-nationalities", "ru")).toBe(fresh("moscow-house-of-nationalities").ru);
    // The name corrections and the description of an entry corrected in both arrive together, in one revision.
    expect(await descriptionOf("ojag", "en")).toBe(fresh("ojag").en);
    const bank = await db.organization.findUniqueOrThrow({ where: { slug: "sberbank" }, select: { id: true } });
    const [revision] = await db.revision.findMany({
      where: { entityType: "organization", entityId: bank.id, comment: { contains: "issue #13, item 9" } },
    });
    expect(revision).toMatchObject({ status: "APPROVED", authorId: null });
    expect(revision!.comment).toContain("directory entry");

    // The curator's text stays, and the entry gets no description revision.
    const arma = await db.organization.findUniqueOrThrow({ where: { slug: "arma" }, select: { id: true } });
    expect(await db.revision.count({ where: { entityId: arma.id, comment: { contains: "issue #13, item 9" } } })).toBe(
      0,
    );
    expect(await descriptionOf("arma", "en")).toBe("A bank (curator's text).");
    expect(await descriptionOf("arma", "ru")).toBe(
      earlier.organizations.find((o) => o.slug === "arma")!.descriptions!.ru,
    );
  });

  it("give a database that took the earlier name corrections the new descriptions too, as follow-ups", async () => {
    // Such a database holds the corrected names and the descriptions of that time: the first correction no longer
    // applies (its old names are gone), the follow-up (its old descriptions) does.
    const data = await readSeedData();
    await resetToSeed(db, data);
    const withFollowUps = data.organizations.filter((o) => o.followUps?.length);
    expect(withFollowUps.map((o) => o.slug)).toContain("ojag");
    for (const o of withFollowUps)
      for (const [locale, description] of Object.entries(o.followUps![0]!.replaces.descriptions ?? {}))
        await db.organizationTranslation.update({
          where: { organizationId_locale: { organizationId: (await id(o.slug))!, locale } },
          data: { description },
        });
    expect(await applySeedCorrections(db, data)).toEqual(withFollowUps.map((o) => o.slug));
    for (const o of withFollowUps) {
      const rows = await db.organizationTranslation.findMany({
        where: { organization: { slug: o.slug }, description: { not: null } },
        select: { locale: true, description: true },
      });
      expect(Object.fromEntries(rows.map((r) => [r.locale, r.description])), o.slug).toEqual(o.descriptions);
      const revision = await db.revision.findFirstOrThrow({ where: { entityId: await id(o.slug) } });
      expect(revision).toMatchObject({ status: "APPROVED", comment: o.followUps![0]!.revisionNote });
    }
    expect(await applySeedCorrections(db, data)).toEqual([]);
  });

  it("leave a source a curator has edited in another field than the corrected one as the curator left it", async () => {
    const data = await readSeedData();
    await resetToSeed(db, earlierSeed(data));
    const key = "regnum-2018-union-of-armenians-of-russia";
    const stored = (await sourceKind.find(db, key))!;
    const armenian = await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } });
    const curator = await makeActor(db, "curator@example.org", "CURATOR", [armenian.id]);
    const moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
    const values = sourceValues(stored.snapshot, { id: stored.id, version: stored.version });
    const submitted = await submitRevision(sourceKind, curator, { ...values, doi: "10.1234/regnum.2018" });
    if (!submitted.ok) throw new Error(`expected a revision: ${JSON.stringify(submitted)}`);
    expect((await approveRevision(moderator, { revisionId: submitted.revisionId })).ok).toBe(true);

    expect(await applySeedCorrections(db, data)).not.toContain(key);
    const row = await db.source.findUniqueOrThrow({ where: { key }, select: { doi: true, note: true } });
    expect(row.doi).toBe("10.1234/regnum.2018");
    expect(row.note).not.toContain("not the Union of Armenians of Russia");
  });

  it("make the seed's related institutions so on an earlier database, once, citing the article and the review", async () => {
    const data = await readSeedData();
    await resetToSeed(db, earlierSeed(data));
    expect(await db.organization.count({ where: { category: "RELATED_INSTITUTION" } })).toBe(0);

    const done = await applySeedCorrections(db, data);
    // The Assembly of People of Kazakhstan is named twice: its name's correction and its category's.
    expect(done.filter((slug) => slug === "assembly-of-peoples-of-kazakhstan")).toHaveLength(2);
    expect([...new Set(done.filter((slug) => related(data).includes(slug)))].toSorted()).toEqual(
      related(data).toSorted(),
    );
    const categories = await db.organization.findMany({ select: { slug: true, category: true } });
    expect(Object.fromEntries(categories.map((o) => [o.slug, o.category]))).toEqual(
      Object.fromEntries(data.organizations.map((o) => [o.slug, o.category])),
    );

    // One approved revision, by nobody (a seed correction), whose comment says why and where that comes from.
    const bank = await db.organization.findUniqueOrThrow({ where: { slug: "alfa-bank" }, select: { id: true } });
    const [revision, ...more] = await db.revision.findMany({
      where: { entityType: "organization", entityId: bank.id, comment: { contains: "related institution" } },
    });
    expect(more).toHaveLength(0);
    // The description's rewrite (item 9) came first, in the same start-up.
    expect(revision).toMatchObject({ status: "APPROVED", baseVersion: 2, authorId: null, reviewerId: null });
    expect(revision!.comment).toContain("related institution");
    expect(revision!.comment).toContain("https://doi.org/10.22363/2312-8674-2021-20-3-437-447");
    expect(revision!.comment).toContain("docs/research/seed-review.md §6");
    expect(revision!.snapshot).toEqual((await organizationKind.find(db, "alfa-bank"))!.snapshot);
    const alumni = await db.revision.findFirstOrThrow({
      where: { entityType: "organization", comment: { contains: "graduates of Russian universities" } },
      select: { entityId: true },
    });
    expect(alumni.entityId).toBe(
      (await db.organization.findUniqueOrThrow({ where: { slug: "global-alumni-alliance" } })).id,
    );

    // A moderator who sets an entry back to a diaspora organization (it has a diaspora) keeps that choice.
    await curatorEdit("russkiy-mir-foundation", { category: "DIASPORA_ORGANIZATION" });
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect((await db.organization.findUniqueOrThrow({ where: { slug: "russkiy-mir-foundation" } })).category).toBe(
      "DIASPORA_ORGANIZATION",
    );
  });

  it("record on an earlier database each presence the article attests without an address, cited, once", async () => {
    const data = await readSeedData();
    const attested = data.organizations.filter((o) => o.onlinePresence.length > 0);
    // What seed-review §6 supports: a website, social media or use of the internet, without an address.
    expect(Object.fromEntries(attested.map((o) => [o.slug, o.onlinePresence]))).toEqual({
      "all-russian-azerbaijan-congress": ["WEBSITE", "SOCIAL_MEDIA"],
      "association-of-armenians-of-russia": ["WEBSITE"],
      "federal-georgian-national-cultural-autonomy": ["WEBSITE"],
      "russian-community-of-azerbaijan": ["INTERNET"],
      arma: ["INTERNET"],
      "center-of-russian-culture-azerbaijan": ["INTERNET"],
      rossotrudnichestvo: ["WEBSITE", "SOCIAL_MEDIA"],
      "assembly-of-peoples-of-kazakhstan": ["WEBSITE"],
      "russian-compatriots-in-uzbekistan-portal": ["WEBSITE"],
    });
    // The earlier seed had neither the field nor the citation fact.
    const old = earlierSeed(data);
    for (const o of old.organizations) {
      o.onlinePresence = [];
      for (const c of o.sources) c.facts = c.facts.filter((f) => f !== "onlinePresence");
    }
    await resetToSeed(db, old);
    expect(await db.organization.count({ where: { NOT: { onlinePresence: { isEmpty: true } } } })).toBe(0);

    const done = await applySeedCorrections(db, data);
    expect(attested.every((o) => done.includes(o.slug))).toBe(true);
    const rows = await db.organization.findMany({
      where: { NOT: { onlinePresence: { isEmpty: true } } },
      select: { slug: true, onlinePresence: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.slug, r.onlinePresence]))).toEqual(
      Object.fromEntries(attested.map((o) => [o.slug, o.onlinePresence])),
    );

    // The profile shows it with the article's citation number; the revision quotes the article and names the review.
    const arma = (await getOrganization("arma", "en"))!;
    expect(arma.onlinePresence).toEqual(["INTERNET"]);
    const article = arma.citations.find((c) => c.facts.includes("onlinePresence"));
    expect(article?.source.key).toBe("article");
    const armaId = (await db.organization.findUniqueOrThrow({ where: { slug: "arma" } })).id;
    const revision = await db.revision.findFirstOrThrow({
      where: { entityType: "organization", entityId: armaId, comment: { contains: "Online presence" } },
    });
    expect(revision.comment).toBe(onlinePresenceNote(data.organizations.find((o) => o.slug === "arma")!));
    expect(revision.comment).toContain("use the Internet more actively");
    expect(revision.comment).toContain("docs/research/seed-review.md §6");
    expect(revision.snapshot).toEqual((await organizationKind.find(db, "arma"))!.snapshot);

    // Once: a curator who removes it keeps that choice.
    await curatorEdit("arma", { onlinePresence: "" });
    expect((await db.organization.findUniqueOrThrow({ where: { slug: "arma" } })).onlinePresence).toEqual([]);
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect((await db.organization.findUniqueOrThrow({ where: { slug: "arma" } })).onlinePresence).toEqual([]);
  });

  it("give an earlier database the other names the article prints, cited with its section, once", async () => {
    const data = await readSeedData();
    const named = data.organizations.filter((o) => Object.keys(o.altNames).length > 0);
    expect(named.map((o) => o.slug)).toEqual(expect.arrayContaining(["assembly-of-peoples-of-kazakhstan", "amor"]));
    // The earlier seed had neither the field nor the citation facts.
    const old = earlierSeed(data);
    for (const o of old.organizations) {
      o.altNames = {};
      for (const c of o.sources) c.facts = c.facts.filter((f) => !f.startsWith("altNames."));
    }
    await resetToSeed(db, old);
    expect(await db.organizationTranslation.count({ where: { NOT: { altNames: { isEmpty: true } } } })).toBe(0);

    const done = await applySeedCorrections(db, data);
    expect(named.every((o) => done.includes(o.slug))).toBe(true);
    const assembly = (await getOrganization("assembly-of-peoples-of-kazakhstan", "en"))!;
    expect(assembly.altNames).toEqual([{ locale: "en", values: ["Assembly of Peoples of Kazakhstan"] }]);
    const article = assembly.citations.find((c) => c.facts.includes("altNames.en"));
    expect(article?.source.key).toBe("article");
    expect(article?.locator).toBe("section 'The diasporas of CIS countries and their institutions'");
    const assemblyId = (await id("assembly-of-peoples-of-kazakhstan"))!;
    const revision = await db.revision.findFirstOrThrow({
      where: { entityType: "organization", entityId: assemblyId, comment: { startsWith: "Other names" } },
    });
    expect(revision.comment).toBe(altNamesNote(named.find((o) => o.slug === "assembly-of-peoples-of-kazakhstan")!));
    expect(revision.comment).toContain("“Assembly of Peoples of Kazakhstan” (en)");
    expect(revision.snapshot).toEqual((await organizationKind.find(db, "assembly-of-peoples-of-kazakhstan"))!.snapshot);
    // The entry now reads as a fresh seed's does.
    expect((await getOrganization("amor", "en"))!.altNames).toEqual([
      { locale: "en", values: ["Azerbaijani Youth Association of Russia"] },
    ]);

    // Once: a curator who removes them keeps that choice; an edit of another field keeps them.
    await curatorEdit("amor", { "altNames.en": "" });
    expect((await getOrganization("amor", "en"))!.altNames).toEqual([]);
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect((await getOrganization("amor", "en"))!.altNames).toEqual([]);
    // A change that says nothing of other names (an import file without the column) keeps them.
    const stored = (await organizationKind.find(db, "assembly-of-peoples-of-kazakhstan"))!;
    const curator = await makeActor(db, "importer@example.org", "MODERATOR", [], true);
    const moderator = await makeActor(db, "moderator2@example.org", "MODERATOR", [], true);
    const values = Object.fromEntries(
      Object.entries(snapshotValues(stored.snapshot, { id: stored.id, version: stored.version })).filter(
        ([k]) => !k.startsWith("altNames."),
      ),
    );
    const submitted = await submitRevision(organizationKind, curator, { ...values, acronym: "APK" });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    expect((await approveRevision(moderator, { revisionId: submitted.revisionId, sourceWaiver: "Test" })).ok).toBe(
      true,
    );
    const after = (await getOrganization("assembly-of-peoples-of-kazakhstan", "en"))!;
    expect(after.acronym).toBe("APK");
    expect(after.altNames).toEqual([{ locale: "en", values: ["Assembly of Peoples of Kazakhstan"] }]);
  });

  it("give a database that took the congress's earlier corrections its date of dissolution, cited, once", async () => {
    const data = await readSeedData();
    const congress = data.organizations.find((o) => o.slug === "all-russian-azerbaijan-congress")!;
    const followUp = congress.followUps!.find((f) => f.replaces.dissolvedOn === null)!;
    expect(congress).toMatchObject({ status: "DISSOLVED", dissolvedOn: "2017-05-15" });
    // Such a database is today's seed before the date: dissolved, but no date and no citation of it.
    const earlier = structuredClone(data);
    const entry = earlier.organizations.find((o) => o.slug === congress.slug)!;
    delete entry.dissolvedOn;
    for (const c of entry.sources) c.facts = c.facts.filter((f) => f !== "dissolvedOn");
    await resetToSeed(db, earlier);
    expect((await getOrganization(congress.slug, "en"))!.dissolvedOn).toBeNull();

    expect(await applySeedCorrections(db, data)).toEqual([congress.slug]);
    const profile = (await getOrganization(congress.slug, "ru"))!;
    expect(profile).toMatchObject({ status: "DISSOLVED", dissolvedOn: "2017-05-15" });
    // The four press reports of the court decision back the date, as in a fresh seed; the article does not.
    expect(profile.citations.filter((c) => c.facts.includes("dissolvedOn")).map((c) => c.source.key)).toEqual([
      "moscow-baku-2017-vak-liquidation",
      "kavkaz-uzel-vak-liquidation",
      "meydan-tv-2017-vak-dissolved",
      "report-az-2017-vak-abolished",
    ]);
    const revision = await db.revision.findFirstOrThrow({ where: { entityId: await id(congress.slug) } });
    expect(revision).toMatchObject({ status: "APPROVED", comment: followUp.revisionNote, authorId: null });
    expect(revision.comment).toContain("15 May 2017");
    expect(revision.snapshot).toEqual((await organizationKind.find(db, congress.slug))!.snapshot);
    expect(await applySeedCorrections(db, data)).toEqual([]);

    // Once: a curator who clears the date keeps that choice, though the row holds the old values again.
    await curatorEdit(congress.slug, { dissolvedOn: "" });
    expect((await getOrganization(congress.slug, "en"))!.dissolvedOn).toBeNull();
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect((await getOrganization(congress.slug, "en"))!.dissolvedOn).toBeNull();
  });
});

describe("the seed's events dated only by the report that describes them (issue #13, item 2)", () => {
  const byReport = (data: SeedData) => data.events.filter((e) => e.dateBasis === "REPORT");
  const PRESENTATION = "presentation-of-the-association-of-armenians-of-russia-2018";
  /** Such a database is today's seed loaded before the field existed: every date read as the event's own. */
  function beforeDateBasis(data: SeedData): SeedData {
    const earlier = structuredClone(data);
    for (const e of earlier.events) {
      e.dateBasis = "STATED";
      delete e.dateBasisNote;
    }
    return earlier;
  }
  const basis = async (slug: string) =>
    (await db.event.findUniqueOrThrow({ where: { slug }, select: { dateBasis: true } })).dateBasis;

  let edits = 0;
  async function curatorEdit(slug: string, changes: Record<string, string>) {
    const stored = (await eventKind.find(db, slug))!;
    const n = ++edits;
    const curator = await makeActor(db, `event-curator-${n}@example.org`, "CURATOR", stored.snapshot.diasporaIds);
    const moderator = await makeActor(db, `event-moderator-${n}@example.org`, "MODERATOR", [], true);
    const values = eventValues(stored.snapshot, { id: stored.id, version: stored.version });
    // The form posts the box only when it is ticked.
    const { dateBasis: _, ...unticked } = values;
    const submitted = await submitRevision(eventKind, curator, { ...unticked, ...changes });
    if (!submitted.ok) throw new Error(`expected a revision: ${JSON.stringify(submitted)}`);
    expect((await approveRevision(moderator, { revisionId: submitted.revisionId })).ok).toBe(true);
  }

  it("are so in a fresh seed, with nothing to correct", async () => {
    const data = await readSeedData();
    expect(byReport(data).map((e) => e.slug)).toEqual([PRESENTATION, "vardanian-lecture-migration-to-the-future-2019"]);
    await resetToSeed(db, data);
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect(await db.revision.count()).toBe(0);
    expect(await getEvent(PRESENTATION, "ru")).toMatchObject({ startDate: "2018-06-01", dateBasis: "REPORT" });
    expect(await basis("vardanian-lecture-migration-to-the-future-2019")).toBe("REPORT");
    expect(await basis("forum-azerbaijan-russia-economic-diplomacy-2020")).toBe("STATED");
  });

  it("reach an earlier database as approved revisions saying why, once, and a curator's later choice stands", async () => {
    const data = await readSeedData();
    await resetToSeed(db, beforeDateBasis(data));
    expect(await basis(PRESENTATION)).toBe("STATED");

    expect((await applySeedCorrections(db, data)).toSorted()).toEqual(
      byReport(data)
        .map((e) => e.slug)
        .toSorted(),
    );
    for (const e of byReport(data)) {
      const row = await db.event.findUniqueOrThrow({ where: { slug: e.slug }, select: { id: true, version: true } });
      expect(await basis(e.slug)).toBe("REPORT");
      expect(row.version).toBe(2);
      const revision = await db.revision.findFirstOrThrow({ where: { entityType: "event", entityId: row.id } });
      expect(revision).toMatchObject({ status: "APPROVED", comment: e.dateBasisNote, authorId: null, baseVersion: 1 });
      expect(revision.comment).toContain("date of the report");
      // The revision is the event as it now stands, as the curation pages build it.
      expect(revision.snapshot).toEqual((await eventKind.find(db, e.slug))!.snapshot);
    }
    // The other events keep their own dates and get no revision.
    expect(await basis("forum-azerbaijan-russia-economic-diplomacy-2020")).toBe("STATED");
    expect(await db.revision.count()).toBe(byReport(data).length);
    expect(await applySeedCorrections(db, data)).toEqual([]);

    // A curator who finds the date to be the event's own unticks the box; the seed does not tick it again.
    await curatorEdit(PRESENTATION, {});
    expect(await basis(PRESENTATION)).toBe("STATED");
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect(await basis(PRESENTATION)).toBe("STATED");
  });

  it("leave an event whose date a curator has corrected, or whose basis a curator has set, as the curator left it", async () => {
    const data = await readSeedData();
    await resetToSeed(db, beforeDateBasis(data));
    // The day of the presentation, from another source: no longer the report's date.
    await curatorEdit(PRESENTATION, { start: "2018-06-07" });
    // A curator who has already decided the lecture's date is its own (the box left unticked, saved since).
    await curatorEdit("vardanian-lecture-migration-to-the-future-2019", { "title.en": "Migration to the Future" });
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect(await basis(PRESENTATION)).toBe("STATED");
    expect(await basis("vardanian-lecture-migration-to-the-future-2019")).toBe("STATED");
  });
});
