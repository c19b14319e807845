// Permanent links of versions (?version=N) and the citations built on them, against the seeded test database: an
// edited organization and event still show their first version's content at ?version=1 with that version's
// publication date; a version past the current one does not exist; a seeded entry's first version, which predates
// the recorded history, is named but not shown; downloads carry the cited version and today's access date.
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { entryCitations } from "../../lib/citations/entry-citations";
import { eventAtVersion, organizationAtVersion } from "../../lib/citations/version-view";
import { eventKind } from "../../lib/events/kind";
import { organizationKind } from "../../lib/organizations/kind";
import { approveRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { todayIso } from "../../lib/events/event-period";
import { GET as citeRoute } from "../../app/[locale]/cite/[kind]/[file]/route";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let admin: Actor;
let armenianId: string;

beforeAll(async () => {
  await resetToSeed(db);
  armenianId = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" } })).id;
  const user = await db.user.create({ data: { email: "admin@example.org", name: "Admin" } });
  await db.roleAssignment.create({ data: { userId: user.id, role: "ADMIN", global: true } });
  admin = (await loadActor(user.id))!;
});
afterAll(() => db.$disconnect());

async function publish(
  kind: typeof organizationKind | typeof eventKind,
  values: Record<string, string | string[]>,
): Promise<string> {
  const saved = await submitRevision(kind as never, admin, values);
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const approved = await approveRevision(admin, {
    revisionId: saved.revisionId,
    withoutReview: "1",
    sourceWaiver: "Test edit: no source needed",
  });
  if (!approved.ok) throw new Error(JSON.stringify(approved));
  return saved.revisionId;
}

describe("organization versions", () => {
  it("shows version 1 of an edited organization from its approved revision, read-only, and the current one otherwise", async () => {
    const first = await publish(organizationKind, {
      version: "0",
      slug: "versioned-union",
      "name.en": "Versioned Union",
      "name.ru": "Союз версий",
      types: ["YOUTH"],
      diasporaIds: [armenianId],
      countryCodes: ["FR"],
      status: "ACTIVE",
      foundedYear: "1999",
      languages: "",
      acronym: "",
      notDuplicate: "1",
    });
    const stored = (await organizationKind.find(db, "versioned-union"))!;
    await db.revision.update({ where: { id: first }, data: { reviewedAt: new Date("2024-02-03T10:00:00Z") } });
    await publish(organizationKind, {
      ...organizationKind.toValues(stored.snapshot, { id: stored.id, version: 1 }),
      "name.en": "Renamed Union",
      foundedYear: "2001",
      countryCodes: ["DE"],
    });

    const old = (await organizationAtVersion("versioned-union", "en", 1))!;
    expect(old.version).toMatchObject({ shown: 1, current: 2, missing: null, published: "2024-02-03T10:00:00.000Z" });
    expect(old.profile.name?.value).toBe("Versioned Union");
    expect(old.profile.foundedYear).toBe(1999);
    expect(old.profile.countries).toEqual(["FR"]);
    expect(old.profile.diasporas.map((d) => d.slug)).toEqual(["armenian"]);

    const current = (await organizationAtVersion("versioned-union", "en"))!;
    expect(current.version).toMatchObject({ shown: 2, current: 2, missing: null });
    expect(current.profile.name?.value).toBe("Renamed Union");
    expect(current.profile.foundedYear).toBe(2001);
    expect((await organizationAtVersion("versioned-union", "en", 2))!.profile.name?.value).toBe("Renamed Union");
    expect(await organizationAtVersion("versioned-union", "en", 3)).toBeNull();
  });

  it("names a seeded entry's first version but cannot show it once edited", async () => {
    expect((await organizationAtVersion("ojag", "ru", 1))!.version).toMatchObject({
      shown: 1,
      current: 1,
      missing: null,
    });
    const stored = (await organizationKind.find(db, "ojag"))!;
    await publish(organizationKind, {
      ...organizationKind.toValues(stored.snapshot, { id: stored.id, version: 1 }),
      acronym: "OJ",
    });
    const asked = (await organizationAtVersion("ojag", "ru", 1))!;
    expect(asked.version).toMatchObject({ shown: 2, current: 2, missing: 1 });
    expect(asked.profile.acronym).toBe("OJ");
  });
});

describe("event versions", () => {
  it("shows an event's first dates and title at ?version=1 after they changed", async () => {
    await publish(eventKind, {
      version: "0",
      slug: "versioned-festival",
      "title.en": "Versioned Festival",
      type: "FESTIVAL",
      start: "2019-05",
      end: "",
      diasporaIds: [armenianId],
    });
    const stored = (await eventKind.find(db, "versioned-festival"))!;
    await publish(eventKind, {
      ...eventKind.toValues(stored.snapshot, { id: stored.id, version: 1 }),
      "title.en": "Moved Festival",
      start: "2020-06-01",
      end: "2020-06-03",
    });
    const old = (await eventAtVersion("versioned-festival", "en", 1))!;
    expect(old.event).toMatchObject({ startDate: "2019-05-01", endDate: null, datePrecision: "MONTH" });
    expect(old.event.title?.value).toBe("Versioned Festival");
    // The provenance the revision recorded: a curator's title.
    expect(old.event).toMatchObject({
      titleProvenance: "CURATOR",
      titleProvenances: [{ locale: "en", provenance: "CURATOR" }],
    });
    const now = (await eventAtVersion("versioned-festival", "en"))!;
    expect(now.event).toMatchObject({ startDate: "2020-06-01", endDate: "2020-06-03", datePrecision: "DAY" });
    expect(now.version.shown).toBe(2);
  });
});

describe("citations of a version", () => {
  it("cite the version asked for, with its permanent URL and today as the access date", async () => {
    const found = (await entryCitations("organization", "versioned-union", "en", 1))!;
    expect(found.work).toMatchObject({
      version: 1,
      title: "Versioned Union",
      published: "2024-02-03",
      accessed: todayIso(),
    });
    expect(found.work.url).toMatch(/\/en\/organizations\/versioned-union\?version=1$/);
    const entry = parseBibtex(found.citations.bibtex, { sentenceCase: false, english: false }).entries[0]!;
    expect(entry.fields).toMatchObject({
      title: "Versioned Union",
      version: "1",
      url: found.work.url,
      urldate: todayIso(),
    });
    const [item] = JSON.parse(found.citations.cslJson);
    expect(item.URL).toBe(found.work.url);
  });

  it("cite a diaspora page without a version, by its address", async () => {
    const found = (await entryCitations("diaspora", "armenian", "ru"))!;
    expect(found.work).toMatchObject({ version: null, title: "Армянская диаспора" });
    expect(found.work.url).toMatch(/\/ru\/diasporas\/armenian$/);
    expect(await entryCitations("diaspora", "no-such-people", "ru")).toBeNull();
  });

  it("are downloaded as .bib and .json by /{locale}/cite/{kind}/{slug}.{ext}", async () => {
    const context = (file: string, kind = "organizations") => ({
      params: Promise.resolve({ locale: "ru", kind, file }),
    });
    const bib = await citeRoute(
      new Request("http://localhost/ru/cite/organizations/versioned-union.bib?version=1"),
      context("versioned-union.bib"),
    );
    expect(bib.headers.get("content-type")).toBe("application/x-bibtex; charset=utf-8");
    expect(bib.headers.get("content-disposition")).toBe(
      'attachment; filename="organization-versioned-union-v1-ru.bib"',
    );
    expect(await bib.text()).toContain("version      = {1}");
    const json = await citeRoute(
      new Request("http://localhost/ru/cite/events/versioned-festival.json"),
      context("versioned-festival.json", "events"),
    );
    expect(JSON.parse(await json.text())[0]).toMatchObject({
      id: "event-versioned-festival-v2-ru",
      version: "2",
      title: "Moved Festival",
    });
    for (const [file, kind] of [
      ["versioned-union.txt", "organizations"],
      ["versioned-union.bib", "people"],
      ["nobody.bib", "organizations"],
    ]) {
      expect((await citeRoute(new Request("http://localhost/"), context(file!, kind))).status).toBe(404);
    }
    expect(
      (
        await citeRoute(
          new Request("http://localhost/ru/cite/organizations/versioned-union.bib?version=9"),
          context("versioned-union.bib"),
        )
      ).status,
    ).toBe(404);
  });
});
