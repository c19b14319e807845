// Admin import: an export imported into a database without entries gives back the same data, field by field (CSV and
// JSON); the dry run says row by row what would be created, updated, left alone or rejected and why, and changes
// nothing; a real run with one bad row imports nothing; a good run records a Source, approved revisions by the admin,
// citations of the file's rows and an audit entry.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { csvLine, BOM } from "../../lib/exports/csv";
import { eventExport } from "../../lib/exports/event-export";
import { organizationExport } from "../../lib/exports/organization-export";
import { importEntries } from "../../lib/import/import-entries";
import type { ImportResult } from "../../lib/import/plan";
import { readSeedData, seedDatabase } from "../../prisma/seed/seed";
import { databaseFingerprint, openTestDatabase } from "../support/database";
import { errorCodes } from "../support/message-codes";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let admin: Actor;
type Row = Record<string, string>;
const READ_ONLY = ["id", "version", "updated_at"];
/** A seed event dated only by the REGNUM item that reports it. */
const REPORT_DATED = "presentation-of-the-association-of-armenians-of-russia-2018";

const exportText = async (kind: "organizations" | "events", query: string) =>
  (
    await (kind === "organizations"
      ? organizationExport(new URLSearchParams(query), "en")
      : eventExport(new URLSearchParams(query), "en"))
  ).text();
const csvRows = (text: string): Row[] =>
  (parse(text, { bom: true, columns: true }) as Row[]).map((r) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => !READ_ONLY.includes(k))),
  );
const run = (kind: "organization" | "event", mode: "preview" | "import", fileName: string, content: string) =>
  importEntries(admin, { kind, mode, fileName, content }, { locale: "en" });
const report = (result: ImportResult) => {
  if (!("report" in result) || !result.report) throw new Error(`no report: ${JSON.stringify(result)}`);
  return result.report;
};
const csvFile = (rows: Row[]) =>
  BOM + csvLine(Object.keys(rows[0]!)) + rows.map((r) => csvLine(Object.values(r))).join("");

async function emptyEntries() {
  await db.event.deleteMany();
  await db.organization.deleteMany();
}

beforeAll(async () => {
  await resetToSeed(db);
  const user = await db.user.create({ data: { email: "importer@example.org", name: "Importer" } });
  await db.roleAssignment.create({ data: { userId: user.id, role: "ADMIN", global: true } });
  admin = (await loadActor(user.id))!;
});
afterAll(() => db.$disconnect());

describe("round trip", () => {
  it("CSV: export → import into a database without entries → the same data, column by column", async () => {
    // The list's two tabs, each downloaded as it stands: the diaspora organizations and the related institutions.
    const organizations = await exportText("organizations", "");
    const institutions = await exportText("organizations", "category=RELATED_INSTITUTION");
    const events = await exportText("events", "when=all");
    const before = {
      organizations: csvRows(organizations),
      institutions: csvRows(institutions),
      events: csvRows(events),
    };
    expect(before.organizations.length + before.institutions.length).toBeGreaterThan(40);
    // The congress's date of dissolution is one of the columns that must come back.
    expect(before.organizations.find((r) => r.slug === "all-russian-azerbaijan-congress")).toMatchObject({
      dissolved_on: "2017-05-15",
      // And its presence online without an address (decision 0027), as the institutions' is.
      online_presence: "SOCIAL_MEDIA; WEBSITE",
    });
    expect(before.institutions.find((r) => r.slug === "rossotrudnichestvo")?.online_presence).toBe(
      "SOCIAL_MEDIA; WEBSITE",
    );
    // An event dated only by the report that describes it says so, and must come back so (issue #13, item 2).
    expect(before.events.find((r) => r.slug === REPORT_DATED)).toMatchObject({
      start: "2018-06",
      date_basis: "REPORT",
    });
    expect(before.events.find((r) => r.slug === "forum-azerbaijan-russia-economic-diplomacy-2020")?.date_basis).toBe(
      "STATED",
    );
    await emptyEntries();

    const preview = await run("organization", "preview", "organizations.csv", organizations);
    expect(preview.ok).toBe(true);
    expect(report(preview).counts).toEqual({
      create: before.organizations.length,
      update: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(await db.organization.count()).toBe(0);

    const imported = await run("organization", "import", "organizations.csv", organizations);
    expect(imported).toMatchObject({ ok: true, mode: "import" });
    const importedInstitutions = await run("organization", "import", "institutions.csv", institutions);
    expect(report(importedInstitutions).counts.create).toBe(before.institutions.length);
    const importedEvents = await run("event", "import", "events.csv", events);
    expect(importedEvents).toMatchObject({ ok: true, mode: "import" });
    expect(report(importedEvents).counts.create).toBe(before.events.length);

    const after = {
      organizations: csvRows(await exportText("organizations", "")),
      institutions: csvRows(await exportText("organizations", "category=RELATED_INSTITUTION")),
      events: csvRows(await exportText("events", "when=all")),
    };
    expect(after.organizations).toHaveLength(before.organizations.length);
    expect(after.institutions).toHaveLength(before.institutions.length);
    // Every column comes back, except the read-only list of sources — imported entries cite the file they came from —
    // and the read-only provenance: text an admin imports is theirs, as a curator's is (decision 0024).
    const withoutSources = ({ sources, provenance_name, provenance_description, ...rest }: Row) => (
      void sources,
      void provenance_name,
      void provenance_description,
      rest
    );
    for (const row of after.organizations) expect(row.provenance_name, row.slug).toMatch(/^(\w+: CURATOR(; )?)+$/);
    for (const [i, row] of after.organizations.entries())
      expect(withoutSources(row), row.slug).toEqual(withoutSources(before.organizations[i]!));
    for (const [i, row] of after.institutions.entries())
      expect(withoutSources(row), row.slug).toEqual(withoutSources(before.institutions[i]!));
    const withoutProvenance = ({ provenance_title, provenance_description, ...rest }: Row) => (
      void provenance_title,
      void provenance_description,
      rest
    );
    for (const row of after.events) expect(row.provenance_title, row.slug).toMatch(/^(\w+: CURATOR(; )?)+$/);
    for (const [i, row] of after.events.entries())
      expect(withoutProvenance(row), row.slug).toEqual(withoutProvenance(before.events[i]!));
    expect(new Set(after.organizations.map((row) => row.sources))).toEqual(
      new Set([expect.stringMatching(/^import-\d{8}-\d{6}-[0-9a-f]{4}$/)]),
    );
    // Importing the same file again changes nothing.
    expect(report(await run("organization", "preview", "organizations.csv", organizations)).counts).toEqual({
      create: 0,
      update: 0,
      unchanged: before.organizations.length,
      rejected: 0,
    });
  });

  it("JSON: the same for the JSON exports", async () => {
    // Ids, versions and dates are the new database's; sources are the imported file (checked below).
    const strip = (text: string) =>
      JSON.parse(text).data.map(
        ({ id, version, updated_at, sources, ...rest }: Record<string, unknown>) => (
          void id,
          void version,
          void updated_at,
          void sources,
          rest
        ),
      );
    const sourceTitles = (text: string) =>
      new Set(
        JSON.parse(text).data.flatMap((row: { sources?: { title: string }[] }) =>
          (row.sources ?? []).map((s) => s.title),
        ),
      );
    const organizations = await exportText("organizations", "format=json");
    const institutions = await exportText("organizations", "format=json&category=RELATED_INSTITUTION");
    const events = await exportText("events", "format=json&when=all");
    const before = { organizations: strip(organizations), institutions: strip(institutions), events: strip(events) };
    expect(before.events.find((e: { slug: string }) => e.slug === REPORT_DATED)?.date_basis).toBe("REPORT");
    expect(before.organizations.find((o: { slug: string }) => o.slug === "arma")?.online_presence).toEqual([
      "INTERNET",
    ]);
    await emptyEntries();
    expect(report(await run("organization", "import", "organizations.json", organizations)).counts.create).toBe(
      before.organizations.length,
    );
    expect(report(await run("organization", "import", "institutions.json", institutions)).counts.create).toBe(
      before.institutions.length,
    );
    expect(report(await run("event", "import", "events.json", events)).counts.create).toBe(before.events.length);
    const exported = await exportText("organizations", "format=json");
    expect(strip(exported)).toEqual(before.organizations);
    expect(sourceTitles(exported)).toEqual(new Set(["organizations.json"]));
    expect(strip(await exportText("events", "format=json&when=all"))).toEqual(before.events);
    expect(strip(await exportText("organizations", "format=json&category=RELATED_INSTITUTION"))).toEqual(
      before.institutions,
    );
  });
});

describe("dry run and rollback", () => {
  let baseRows: Row[];
  beforeAll(async () => {
    // The seed's entries again (it inserts what is missing).
    await emptyEntries();
    await seedDatabase(db, await readSeedData());
    baseRows = csvRows(await exportText("organizations", ""));
  });

  function mixedFile(): string {
    const bySlug = (slug: string) => ({ ...baseRows.find((r) => r.slug === slug)! });
    const blank = Object.fromEntries(Object.keys(baseRows[0]!).map((k) => [k, ""]));
    return csvFile([
      {
        ...blank,
        slug: "dry-run-new",
        name_ru: "Новое общество",
        types: "YOUTH",
        diasporas: "armenian",
        countries: "FR",
        status: "ACTIVE",
      },
      { ...bySlug("ojag"), name_en: "Ojag Society (renamed)" },
      bySlug("amor"),
      { ...blank, slug: "bad-row", name_en: "Bad", types: "NOT_A_TYPE", diasporas: "atlantis", founded_year: "1234" },
      { ...blank, slug: "dry-run-new", name_en: "Twice", types: "MEDIA", diasporas: "armenian" },
      { ...blank, slug: "dry-run-other", name_en: "Another new one", types: "MEDIA", diasporas: "georgian" },
    ]);
  }

  it("says row by row what would happen and why, and changes nothing", async () => {
    const before = await databaseFingerprint(db);
    const result = await run("organization", "preview", "mixed.csv", mixedFile());
    expect(result).toMatchObject({ ok: true, mode: "preview" });
    const rows = report(result).rows;
    expect(rows.map((r) => [r.row, r.slug, r.action])).toEqual([
      [2, "dry-run-new", "create"],
      [3, "ojag", "update"],
      [4, "amor", "unchanged"],
      [5, "bad-row", "rejected"],
      [6, "dry-run-new", "rejected"],
      [7, "dry-run-other", "create"],
    ]);
    expect(rows[1]!.changed).toEqual(["name_en"]);
    expect(rows[3]!.errors).toEqual({ diasporas: ["unknownDiaspora"], types: ["invalid"], founded_year: ["year"] });
    expect(rows[4]!.errors).toEqual({ slug: ["duplicateInFile"] });
    expect(report(result).counts).toEqual({ create: 2, update: 1, unchanged: 1, rejected: 2 });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("reads the date of dissolution, checks it, and keeps it when the file has no such column", async () => {
    const congress = baseRows.find((r) => r.slug === "all-russian-azerbaijan-congress")!;
    expect(congress).toMatchObject({ status: "DISSOLVED", dissolved_on: "2017-05-15" });
    const { dissolved_on: _, ...withoutColumn } = congress;
    // What a row would change or why it is refused.
    const rows = async (...file: Row[]) =>
      report(await run("organization", "preview", "dates.csv", csvFile(file))).rows.map((r) =>
        r.action === "rejected" ? r.errors : r.changed,
      );
    expect(await rows(congress)).toEqual([[]]);
    expect(await rows(withoutColumn)).toEqual([[]]);
    expect(await rows({ ...congress, dissolved_on: "2017-09-19" })).toEqual([["dissolved_on"]]);
    expect(await rows({ ...congress, dissolved_on: "15.05.2017" })).toEqual([{ dissolved_on: ["date"] }]);
    expect(await rows({ ...congress, status: "ACTIVE" })).toEqual([{ dissolved_on: ["dissolvedOnNeedsDissolved"] }]);
    // Without the column, a status other than DISSOLVED drops the date.
    expect(await rows({ ...withoutColumn, status: "ACTIVE" })).toEqual([["status", "dissolved_on"]]);

    // The file backs the date, and other names, only when it states them: a kept value is not the file's.
    const congressAltNames = Object.keys(congress).filter((c) => c.startsWith("alt_names_"));
    expect(congressAltNames.length).toBeGreaterThan(0);
    const withoutAltNames = Object.fromEntries(
      Object.entries(withoutColumn).filter(([c]) => !c.startsWith("alt_names_")),
    ) as Row;
    const facts = async (file: string, row: Row) => {
      const result = await run(
        "organization",
        "import",
        file,
        csvFile([{ ...row, name_en: `${congress.name_en} (${file})` }]),
      );
      expect(report(result).counts.update, file).toBe(1);
      const cited = await db.organizationSource.findMany({
        where: { organization: { slug: congress.slug }, source: { title: file } },
        select: { facts: true },
      });
      return cited.flatMap((c) => c.facts);
    };
    expect(await facts("kept.csv", withoutAltNames)).not.toEqual(expect.arrayContaining(["dissolvedOn"]));
    expect(await facts("kept-too.csv", withoutAltNames)).not.toContain("altNames");
    expect(await facts("stated.csv", { ...congress, alt_names_en: "VAK" })).toEqual(
      expect.arrayContaining(["dissolvedOn", "altNames"]),
    );
  });

  it("reads whether an event's date is the report's, keeps it when the file has no such column, refuses a bad value", async () => {
    const eventRows = csvRows(await exportText("events", "when=all"));
    const presentation = eventRows.find((r) => r.slug === REPORT_DATED)!;
    expect(presentation).toMatchObject({ start: "2018-06", date_basis: "REPORT" });
    const { date_basis: _, ...withoutColumn } = presentation;
    const rows = async (...file: Row[]) =>
      report(await run("event", "preview", "events.csv", csvFile(file))).rows.map((r) =>
        r.action === "rejected" ? r.errors : r.changed,
      );
    expect(await rows(presentation)).toEqual([[]]);
    // An older file without the column leaves the event's date the report's.
    expect(await rows(withoutColumn)).toEqual([[]]);
    expect(await rows({ ...presentation, date_basis: "STATED" })).toEqual([["date_basis"]]);
    // An empty cell is the default: the event's own date.
    expect(await rows({ ...presentation, date_basis: "" })).toEqual([["date_basis"]]);
    // A bad value, or a report's date without a date, is refused for its column with a code the page translates.
    expect(await rows({ ...presentation, date_basis: "GUESSED" })).toEqual([{ date_basis: ["invalid"] }]);
    expect(await rows({ ...presentation, start: "", date_basis: "REPORT" })).toEqual([
      { date_basis: ["dateBasisWithoutDate"] },
    ]);
    expect(errorCodes("Import", "Curate")).toContain("dateBasisWithoutDate");
    // JSON reads the same key the export writes.
    const item = JSON.parse(await exportText("events", "format=json&when=all")).data.find(
      (e: { slug: string }) => e.slug === REPORT_DATED,
    );
    const json = async (value: Record<string, unknown>) =>
      report(await run("event", "preview", "events.json", JSON.stringify({ kind: "events", data: [value] }))).rows.map(
        (r) => (r.action === "rejected" ? r.errors : r.changed),
      );
    const { date_basis: __, ...itemWithoutKey } = item;
    expect(await json(item)).toEqual([[]]);
    expect(await json(itemWithoutKey)).toEqual([[]]);
    expect(await json({ ...item, date_basis: "STATED" })).toEqual([["date_basis"]]);
    expect(await json({ ...item, date_basis: "reported" })).toEqual([{ date_basis: ["invalid"] }]);

    // A real import of a row without the column keeps the stored basis.
    const imported = await run("event", "import", "titles.csv", csvFile([{ ...withoutColumn, title_en: "Renamed" }]));
    expect(report(imported).counts.update).toBe(1);
    expect(await db.event.findUniqueOrThrow({ where: { slug: REPORT_DATED }, select: { dateBasis: true } })).toEqual({
      dateBasis: "REPORT",
    });
  });

  it("reads the presence without an address, keeps it when the file has no such column, refuses an unknown value", async () => {
    const armaRow = baseRows.find((r) => r.slug === "arma")!;
    expect(armaRow.online_presence).toBe("INTERNET");
    const { online_presence: _, ...withoutColumn } = armaRow;
    const rows = async (...file: Row[]) =>
      report(await run("organization", "preview", "presence.csv", csvFile(file))).rows.map((r) =>
        r.action === "rejected" ? r.errors : r.changed,
      );
    expect(await rows(armaRow)).toEqual([[]]);
    expect(await rows(withoutColumn)).toEqual([[]]);
    expect(await rows({ ...armaRow, online_presence: "WEBSITE; INTERNET" })).toEqual([["online_presence"]]);
    expect(await rows({ ...armaRow, online_presence: "" })).toEqual([["online_presence"]]);
    // An unknown value is refused for its column with a code the import page translates (Curate.errors).
    expect(await rows({ ...armaRow, online_presence: "INTERNET; EMAIL" })).toEqual([{ online_presence: ["invalid"] }]);
    expect(errorCodes("Import", "Curate")).toContain("invalid");

    const arma = () =>
      db.organization.findUniqueOrThrow({
        where: { slug: "arma" },
        select: {
          onlinePresence: true,
          sources: { select: { source: { select: { title: true } }, facts: true }, orderBy: { position: "asc" } },
        },
      });
    const importFacts = async (title: string) => (await arma()).sources.find((s) => s.source.title === title)?.facts;

    // A bad value stores nothing at all, in CSV and in JSON.
    const before = await databaseFingerprint(db);
    const bad = await run("organization", "import", "bad.csv", csvFile([{ ...armaRow, online_presence: "EMAIL" }]));
    expect(bad).toMatchObject({ ok: false, formError: "rowsRejected" });
    const badJson = JSON.stringify([
      { slug: "arma", name: { en: "ARMA" }, types: ["MEDIA"], online_presence: ["EMAIL"] },
    ]);
    expect(report(await run("organization", "import", "bad.json", badJson)).rows[0]!.errors).toEqual({
      online_presence: ["invalid"],
    });
    expect(await databaseFingerprint(db)).toEqual(before);

    // Without the column another change goes through, the presence stays, and the file is not cited for it.
    const renamed = { ...withoutColumn, name_en: "ARMA (renamed)" };
    expect(report(await run("organization", "import", "without.csv", csvFile([renamed]))).counts.update).toBe(1);
    expect((await arma()).onlinePresence).toEqual(["INTERNET"]);
    expect(await importFacts("without.csv")).not.toContain("onlinePresence");

    // With it, the file sets the presence and backs it like its other facts; the export writes it back the same.
    const stated = { ...armaRow, name_en: "ARMA (renamed)", online_presence: "WEBSITE; INTERNET" };
    expect(report(await run("organization", "import", "with.csv", csvFile([stated]))).rows[0]!.changed).toEqual([
      "online_presence",
    ]);
    expect((await arma()).onlinePresence).toEqual(["INTERNET", "WEBSITE"]);
    expect(await importFacts("with.csv")).toContain("onlinePresence");
    const exported = csvRows(await exportText("organizations", "")).find((r) => r.slug === "arma")!;
    expect(exported.online_presence).toBe("INTERNET; WEBSITE");
    expect(report(await run("organization", "preview", "again.csv", csvFile([exported]))).counts.unchanged).toBe(1);

    // JSON the same way: no key keeps it, null or [] clears it.
    const json = JSON.parse(await exportText("organizations", "format=json")).data.find(
      (o: { slug: string }) => o.slug === "arma",
    );
    expect(json.online_presence).toEqual(["INTERNET", "WEBSITE"]);
    const { online_presence: __, ...jsonWithout } = json;
    expect(report(await run("organization", "preview", "same.json", JSON.stringify([json]))).counts.unchanged).toBe(1);
    expect(report(await run("organization", "preview", "k.json", JSON.stringify([jsonWithout]))).counts.unchanged).toBe(
      1,
    );
    await run("organization", "import", "none.json", JSON.stringify([{ ...json, online_presence: null }]));
    expect((await arma()).onlinePresence).toEqual([]);
  });

  it("imports nothing when one row in the middle is bad", async () => {
    const before = await databaseFingerprint(db);
    const result = await run("organization", "import", "mixed.csv", mixedFile());
    expect(result).toMatchObject({ ok: false, formError: "rowsRejected" });
    expect(report(result).counts.rejected).toBe(2);
    expect(await databaseFingerprint(db)).toEqual(before);
    expect(await db.organization.findUnique({ where: { slug: "dry-run-new" } })).toBeNull();
  });

  it("imports a good file with a Source, approved revisions by the admin, citations and an audit entry", async () => {
    const good = csvFile(
      (parse(mixedFile(), { bom: true, columns: true }) as Row[]).filter(
        (r) => r.slug !== "bad-row" && r.name_en !== "Twice",
      ),
    );
    const ojagBefore = await db.organization.findUniqueOrThrow({
      where: { slug: "ojag" },
      select: { id: true, version: true },
    });
    const result = await run("organization", "import", "good.csv", good);
    expect(result).toMatchObject({ ok: true, mode: "import" });
    const { sourceKey, counts } = report(result);
    expect(counts).toEqual({ create: 2, update: 1, unchanged: 1, rejected: 0 });
    expect(sourceKey).toMatch(/^import-\d{8}-\d{6}-[0-9a-f]{4}$/);
    const source = await db.source.findUniqueOrThrow({
      where: { key: sourceKey },
      select: { id: true, title: true, authors: true, note: true },
    });
    expect(source).toMatchObject({
      title: "good.csv",
      authors: "Importer",
      note: expect.stringContaining("importer@example.org"),
    });

    const ojag = await db.organization.findUniqueOrThrow({
      where: { slug: "ojag" },
      select: {
        id: true,
        version: true,
        translations: { where: { locale: "en" }, select: { name: true } },
        sources: { select: { sourceId: true, locator: true, facts: true } },
      },
    });
    expect(ojag.version).toBe(ojagBefore.version + 1);
    expect(ojag.translations[0]!.name).toBe("Ojag Society (renamed)");
    expect(ojag.sources).toContainEqual({
      sourceId: source.id,
      locator: "row 3",
      facts: expect.arrayContaining(["names", "types"]),
    });

    const revisions = await db.revision.findMany({
      where: { comment: { startsWith: "import: good.csv" } },
      select: { entityId: true, status: true, authorId: true, reviewerId: true, baseVersion: true },
    });
    expect(revisions).toHaveLength(3);
    for (const r of revisions)
      expect(r).toMatchObject({ status: "APPROVED", authorId: admin.userId, reviewerId: admin.userId });
    expect(revisions.find((r) => r.entityId === ojag.id)?.baseVersion).toBe(ojagBefore.version);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "import.completed" },
      orderBy: { createdAt: "desc" },
      select: { actorId: true, targetId: true, details: true },
    });
    expect(audit).toMatchObject({
      actorId: admin.userId,
      targetId: source.id,
      details: { kind: "organization", fileName: "good.csv", create: 2, update: 1 },
    });
  });
});

describe("files that cannot be read", () => {
  it.each([
    ["broken CSV", 'slug,name_en\n"unclosed,x\n', "csvInvalid"],
    ["no slug column", "name_en,types\nX,YOUTH\n", "noSlugColumn"],
    ["header only", "slug,name_en\n", "noRows"],
    ["broken JSON", '{"data": [', "jsonInvalid"],
    ["JSON without data", '{"items": []}', "jsonNoData"],
  ])("%s", async (_label, content, code) => {
    const before = await databaseFingerprint(db);
    const result = await run("organization", "preview", content.startsWith("{") ? "x.json" : "x.csv", content);
    expect(result).toMatchObject({ ok: false, formError: code });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("rejects an item of the wrong shape in a JSON file by its number", async () => {
    const result = await run(
      "event",
      "preview",
      "events.json",
      JSON.stringify([
        { slug: 42 },
        { slug: "fine", type: "FESTIVAL", title: { en: "Fine" }, diasporas: ["armenian"] },
      ]),
    );
    expect(report(result).rows.map((r) => [r.row, r.action, r.errors])).toEqual([
      [1, "rejected", { row: ["itemShape"] }],
      [2, "create", {}],
    ]);
  });
});
