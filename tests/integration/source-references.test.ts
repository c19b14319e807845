// The article's bibliography and figures (issue #13, item 1), against the test database. Invariants: a fresh seed
// holds every footnote of the article as references to sources the atlas records, and its two figures with their
// locators; a source's page reads them both ways (what it cites, who cites it, what it reports, what is attributed to
// it) with the entries that cite it; a database loaded before they existed gets them, and the sources they name, at
// start; a second run adds nothing and never overwrites what is stored.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getSource, listSourceFigures } from "../../lib/sources/get-source";
import { readSeedData, seedDatabase } from "../../prisma/seed/seed";
import { recordSourceReferences } from "../../prisma/seed/source-references";
import { openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

const data = await readSeedData();
const FOOTNOTE_ONLY = ["tishkov-2001", "esman-2009", "moseikina-2017", "pivovar-2017", "platonov-2002"];

describe("the article's references and figures", () => {
  it("a fresh seed holds every footnote, in order, and the source pages read them both ways", async () => {
    await seedDatabase(db, data);
    const article = (await getSource("article", "en"))!;
    expect(article.references).toHaveLength(data.references.length);
    expect(article.references.map((r) => r.footnote)).toEqual(data.references.map((r) => r.footnote));
    expect(article.references.slice(0, 3).map((r) => r.cited.key)).toEqual([
      "tishkov-2001",
      "sheffer-2003",
      "esman-2009",
    ]);
    expect(article.references[0]).toMatchObject({ contextLocale: "en", locator: "section 'Introduction', footnote 1" });
    expect(article.entries.organizations.length).toBeGreaterThan(25);
    expect(article.citedBy).toEqual([]);

    expect(article.figures.map((f) => [f.key, f.value, f.bound, f.unit])).toEqual([
      ["academic-diaspora-links-over-80-percent", 80, "MORE_THAN", "PERCENT"],
      ["graduates-associations-68-countries", 68, "EXACT", "COUNT"],
    ]);
    const links = article.figures[0]!;
    expect(links).toMatchObject({ footnote: 16, attributedTo: { key: "malakhov-smirnova-2019" }, asOfYear: null });
    expect(links.measure).toMatchObject({ locale: "en", isFallback: false });
    // Armenian falls back to the atlas's Russian wording, and says so.
    expect((await getSource("article", "hy"))!.figures[0]!.measure).toMatchObject({ locale: "ru", isFallback: true });

    // Sheffer is cited twice (n. 1 and n. 8); nothing in the atlas rests on him directly.
    const sheffer = (await getSource("sheffer-2003", "ru"))!;
    expect(sheffer.citedBy.map((c) => [c.citing.key, c.footnote])).toEqual([
      ["article", 1],
      ["article", 8],
    ]);
    expect(sheffer.entries).toEqual({ organizations: [], events: [], diasporas: [] });
    // The study the 80 % figure is attributed to shows the figure too, reported by the article.
    const malakhov = (await getSource("malakhov-smirnova-2019", "en"))!;
    expect(malakhov.figures.map((f) => [f.key, f.reportedBy.key])).toEqual([
      ["academic-diaspora-links-over-80-percent", "article"],
    ]);
    expect((await listSourceFigures("ru")).map((f) => f.key)).toEqual(article.figures.map((f) => f.key));
    expect(await getSource("no-such-source", "en")).toBeNull();
    expect(await getSource("../article", "en")).toBeNull();
  });

  it("a database loaded before them gets them at start, with the sources they name; a second run adds nothing", async () => {
    await seedDatabase(db, data);
    const full = await db.sourceReference.count();
    // As the seed of session 7 left a database: no references, no figures, no footnote-only sources.
    await db.sourceReference.deleteMany();
    await db.sourceFigure.deleteMany();
    await db.source.deleteMany({ where: { key: { in: FOOTNOTE_ONLY } } });
    const added = await recordSourceReferences(db, data);
    expect(added).toHaveLength(full + data.figures.length);
    expect(added).toContain("article n. 1 → tishkov-2001");
    expect(added).toContain("figure graduates-associations-68-countries");
    expect(await db.source.count({ where: { key: { in: FOOTNOTE_ONLY } } })).toBe(FOOTNOTE_ONLY.length);
    expect(await db.sourceReference.count()).toBe(full);

    // A figure changed since (by hand: figures are not curated) is left as it is.
    await db.sourceFigure.update({ where: { key: "graduates-associations-68-countries" }, data: { asOfYear: 2020 } });
    expect(await recordSourceReferences(db, data)).toEqual([]);
    expect(await db.sourceReference.count()).toBe(full);
    const kept = await db.sourceFigure.findUniqueOrThrow({ where: { key: "graduates-associations-68-countries" } });
    expect(kept.asOfYear).toBe(2020);
  });
});
