// Diaspora names in every UI language (issue #15, item 7) for a database an earlier seed loaded, against the test
// database. Invariants: the seed's corrections give such a database each missing name, marked as the atlas's own
// translation, so it then reads as a fresh seed's does; a name a row holds (a curator's, or any other) is never
// replaced; a row holding only a description gets the name; a second run does nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getDiaspora } from "../../lib/diasporas/get-diaspora";
import { routing } from "../../lib/i18n/routing";
import { readSeedData } from "../../prisma/seed/seed";
import { applySeedCorrections } from "../../prisma/seed/seed-corrections";
import type { SeedData } from "../../prisma/seed/seed-schema";
import { openTestDatabase, resetDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

/** The languages each diaspora was named in before issue #15: Russian, English and its own, where the seed had it. */
const EARLIER: Record<string, string[]> = {
  azerbaijani: ["az"],
  armenian: ["hy"],
  georgian: ["ka"],
  kazakh: ["kk"],
  uzbek: ["uz"],
  belarusian: ["be"],
  ukrainian: ["uk"],
  russian: [],
  "russian-speaking": [],
  circassian: [],
  moldovan: ["ro"],
  turkmen: ["tk"],
  tajik: [],
  kyrgyz: ["ky"],
  bashkir: [],
  tatar: ["tt"],
};

function earlierSeed(data: SeedData): SeedData {
  const old = structuredClone(data);
  for (const d of old.diasporas) {
    const kept = new Set(["ru", "en", ...EARLIER[d.slug]!]);
    d.names = Object.fromEntries(Object.entries(d.names).filter(([locale]) => kept.has(locale)));
  }
  return old;
}

/** Every diaspora's names and their provenance, as the database holds them. */
async function names() {
  const rows = await db.diasporaTranslation.findMany({
    select: { locale: true, name: true, nameProvenance: true, description: true, diaspora: { select: { slug: true } } },
    orderBy: [{ diaspora: { slug: "asc" } }, { locale: "asc" }],
  });
  return rows.map((r) => ({
    slug: r.diaspora.slug,
    locale: r.locale,
    name: r.name,
    nameProvenance: r.nameProvenance,
    description: r.description,
  }));
}

const diasporaId = async (slug: string) =>
  (await db.diaspora.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

describe("diaspora names in every UI language for an existing database", () => {
  it("gives a database loaded before them every missing name, as the atlas's translation, once", async () => {
    const data = await readSeedData();
    expect(Object.keys(EARLIER).toSorted()).toEqual(data.diasporas.map((d) => d.slug).toSorted());
    await resetToSeed(db, data);
    const fresh = await names();

    await resetToSeed(db, earlierSeed(data));
    const before = await names();
    expect(before.filter((r) => r.locale === "kk").map((r) => r.slug)).toEqual(["kazakh"]);
    expect((await getDiaspora("armenian", "kk"))!.name).toMatchObject({ value: "Армянская диаспора" });

    const done = await applySeedCorrections(db, data);
    expect(done.toSorted()).toEqual(data.diasporas.map((d) => `diaspora-names:${d.slug}`).toSorted());
    // The database now holds what a fresh seed holds, provenance included.
    expect(await names()).toEqual(fresh);
    for (const d of data.diasporas)
      for (const locale of routing.locales) {
        const row = fresh.find((r) => r.slug === d.slug && r.locale === locale);
        expect(row?.name, `${d.slug} ${locale}`).toBe(d.names[locale]);
      }
    const armenian = (await getDiaspora("armenian", "kk"))!;
    expect(armenian.name).toMatchObject({ value: "Армян диаспорасы", isFallback: false });
    expect(armenian.names.find((n) => n.locale === "kk")).toEqual({
      locale: "kk",
      value: "Армян диаспорасы",
      provenance: "ATLAS",
    });
    // Diasporas are not curated: no revision is recorded for them.
    expect(await db.revision.count()).toBe(0);

    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect(await names()).toEqual(fresh);
  });

  it("keeps every name a row holds, and names a row that holds only a description", async () => {
    const data = await readSeedData();
    await resetToSeed(db, earlierSeed(data));
    const armenian = await diasporaId("armenian");
    // A curator's Kazakh name, a changed national name, and a Ukrainian row with a description but no name.
    await db.diasporaTranslation.create({
      data: { diasporaId: armenian, locale: "kk", name: "Армяндар диаспорасы", nameProvenance: "CURATOR" },
    });
    await db.diasporaTranslation.update({
      where: { diasporaId_locale: { diasporaId: armenian, locale: "hy" } },
      data: { name: "Սփյուռքահայություն" },
    });
    await db.diasporaTranslation.create({
      data: { diasporaId: armenian, locale: "uk", description: "Опис куратора." },
    });

    expect(await applySeedCorrections(db, data)).toContain("diaspora-names:armenian");
    const rows = (await names()).filter((r) => r.slug === "armenian");
    const row = (locale: string) => rows.find((r) => r.locale === locale);
    expect(row("kk")).toMatchObject({ name: "Армяндар диаспорасы", nameProvenance: "CURATOR" });
    expect(row("hy")).toMatchObject({ name: "Սփյուռքահայություն" });
    expect(row("uk")).toMatchObject({
      name: "Вірменська діаспора",
      nameProvenance: "ATLAS",
      description: "Опис куратора.",
    });
    expect(row("lt")).toMatchObject({ name: "Armėnų diaspora", nameProvenance: "ATLAS" });
    expect(rows.map((r) => r.locale).toSorted()).toEqual([...routing.locales].toSorted());

    // A second run finds nothing, and the curator's names are still there.
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect((await names()).filter((r) => r.slug === "armenian")).toEqual(rows);
  });

  it("has nothing to do on a database the current seed loaded", async () => {
    const data = await readSeedData();
    await resetToSeed(db, data);
    expect(await applySeedCorrections(db, data)).toEqual([]);
  });
});
