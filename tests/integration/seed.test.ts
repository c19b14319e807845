import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { readSeedData, seedDatabase, seedIfEmpty } from "../../prisma/seed/seed";
import { openTestDatabase, resetDatabase, tableSnapshot } from "../support/database";

const db = openTestDatabase();
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

/** Every row of every table, for comparing whole database states. */
const snapshot = async () => JSON.stringify(await tableSnapshot(db));

describe("seed", () => {
  it("loads every organization, event, diaspora and source of the data set", async () => {
    const data = await readSeedData();
    const report = await seedDatabase(db, data);
    expect(report).toMatchObject({
      organizations: data.organizations.length,
      events: data.events.length,
      diasporas: data.diasporas.length,
      sources: data.sources.length,
      countries: 249,
    });
    expect(await db.organization.count()).toBe(data.organizations.length);
    expect(await db.event.count()).toBe(data.events.length);
    const amor = await db.organization.findUniqueOrThrow({
      where: { slug: "amor" },
      select: { translations: true, channels: true, sources: { select: { source: { select: { key: true } } } } },
    });
    expect(amor.translations.map((t) => t.locale).sort()).toEqual(expect.arrayContaining(["en", "ru"]));
    expect(amor.channels[0]?.url).toMatch(/^http:\/\/amor\.az\//);
    expect(amor.sources.map((s) => s.source.key)).toContain("article");
  });

  it("stores the article's population figures with their year and source", async () => {
    await seedDatabase(db, await readSeedData());
    const presence = await db.diasporaPresence.findFirstOrThrow({
      where: { diaspora: { slug: "kazakh" }, countryCode: "RU", population: { not: null } },
      select: { population: true, year: true, source: { select: { key: true } } },
    });
    expect(presence).toEqual({ population: 647000, year: 2010, source: { key: "article" } });
  });

  it("changes nothing when run a second time", async () => {
    const data = await readSeedData();
    await seedDatabase(db, data);
    const before = await snapshot();
    const again = await seedDatabase(db, data);
    expect(again).toEqual({ countries: 0, sources: 0, diasporas: 0, organizations: 0, events: 0 });
    expect(await snapshot()).toBe(before);
  });

  it("never overwrites an entry that already exists", async () => {
    await seedDatabase(db, await readSeedData());
    const amor = await db.organization.findUniqueOrThrow({ where: { slug: "amor" }, select: { id: true } });
    await db.organizationTranslation.update({
      where: { organizationId_locale: { organizationId: amor.id, locale: "en" } },
      data: { name: "Edited by a curator" },
    });
    await seedDatabase(db, await readSeedData());
    const row = await db.organizationTranslation.findUniqueOrThrow({
      where: { organizationId_locale: { organizationId: amor.id, locale: "en" } },
    });
    expect(row.name).toBe("Edited by a curator");
  });

  it("seeds at start-up only an empty database", async () => {
    expect(await seedIfEmpty(db)).not.toBeNull();
    const count = await db.organization.count();
    expect(await seedIfEmpty(db)).toBeNull();
    expect(await db.organization.count()).toBe(count);
  });

  it("writes nothing when the data refers to something unknown", async () => {
    const data = await readSeedData();
    const broken = structuredClone(data);
    broken.events[0]!.organizers = ["no-such-organization"];
    await expect(seedDatabase(db, broken)).rejects.toThrow(/unknown organization "no-such-organization"/);
    expect(await db.organization.count()).toBe(0);
    expect(await db.source.count()).toBe(0);
  });
});
