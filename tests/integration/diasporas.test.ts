import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDiaspora } from "../../lib/diasporas/get-diaspora";
import { listDiasporas } from "../../lib/diasporas/list-diasporas";
import { routing } from "../../lib/i18n/routing";
import { readSeedData, seedDatabase, type SeedReport } from "../../prisma/seed/seed";
import type { SeedData } from "../../prisma/seed/seed-schema";
import { openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();
let seed: SeedData;
beforeAll(async () => {
  await resetDatabase(db);
  seed = await readSeedData();
  const report: SeedReport = await seedDatabase(db, seed);
  expect(report.diasporas).toBe(seed.diasporas.length);
});
afterAll(() => db.$disconnect());

describe("listDiasporas", () => {
  it("lists every diaspora once with its organization and host-country counts", async () => {
    const list = await listDiasporas("en");
    expect(list.map((d) => d.slug).sort()).toEqual(seed.diasporas.map((d) => d.slug).sort());
    for (const d of seed.diasporas) {
      const item = list.find((x) => x.slug === d.slug)!;
      // Diaspora organizations only: the business club of Azerbaijan's trade representative is a related institution.
      expect(item.organizations, d.slug).toBe(
        seed.organizations.filter((o) => o.diasporas.includes(d.slug) && o.category === "DIASPORA_ORGANIZATION").length,
      );
      expect(item.hostCountries, d.slug).toBe(new Set(d.presences.map((p) => p.country)).size);
      expect(item.languages).toEqual(d.languages);
      expect(item.originCountry).toBe(d.originCountry ?? null);
    }
    const azerbaijani = list.find((d) => d.slug === "azerbaijani")!;
    expect(azerbaijani).toMatchObject({ organizations: 4, hostCountries: 2, originCountry: "AZ", languages: ["az"] });
  });

  it("sorts by the name in the page's language and marks fallback names", async () => {
    const ru = await listDiasporas("ru");
    const names = ru.map((d) => d.name!.value);
    expect(names).toEqual([...names].sort(new Intl.Collator("ru").compare));
    const az = await listDiasporas("az");
    expect(az.find((d) => d.slug === "azerbaijani")!.name).toEqual({
      value: "Azərbaycan diasporu",
      locale: "az",
      isFallback: false,
    });
    // Every diaspora has a name of its own in every UI language (issue #15, item 7): none falls back to English on a
    // Latin-script page or to Russian on a Cyrillic one.
    expect(az.find((d) => d.slug === "circassian")!.name).toEqual({
      value: "Çərkəz (adıgey) diasporu",
      locale: "az",
      isFallback: false,
    });
    const tg = await listDiasporas("tg");
    expect(tg.find((d) => d.slug === "circassian")!.name).toEqual({
      value: "Диаспораи черкес (адиға)",
      locale: "tg",
      isFallback: false,
    });
    for (const locale of routing.locales) {
      const list = await listDiasporas(locale);
      expect(list, locale).toHaveLength(seed.diasporas.length);
      for (const d of list) expect(d.name, `${d.slug} ${locale}`).toMatchObject({ locale, isFallback: false });
      const names = list.map((d) => d.name!.value);
      expect(names, locale).toEqual([...names].sort(new Intl.Collator(locale).compare));
    }
  });
});

describe("getDiaspora", () => {
  it("shows Russia with 600,000 Azerbaijanis in 2010, the qualifier note and the numbered source", async () => {
    const d = (await getDiaspora("azerbaijani", "en"))!;
    expect(d.name).toMatchObject({ value: "Azerbaijani diaspora", isFallback: false });
    expect(d.names).toContainEqual(expect.objectContaining({ locale: "az", value: "Azərbaycan diasporu" }));
    expect(d.names[0]!.locale).toBe("az");
    expect(d.presences.map((p) => p.countryCode)).toEqual(["RU", "KZ"]);
    const russia = d.presences[0]!;
    expect(russia).toMatchObject({ population: 600000, year: 2010 });
    expect(russia.note).toMatchObject({
      locale: "en",
      isFallback: false,
      value: expect.stringContaining("over 600,000"),
    });
    const cited = d.citations.find((c) => c.number === russia.sourceNumber)!;
    expect(cited.source.key).toBe("article");
    expect(cited.locator).toBe("section 'The diasporas of CIS countries and their institutions'");
    expect(cited.facts).toContain("presences");
    // Kazakhstan's presence is cited at another place in the article: a reference of its own.
    const kazakhstan = d.presences[1]!;
    expect(kazakhstan).toMatchObject({ population: null, year: null, note: null });
    expect(d.citations.find((c) => c.number === kazakhstan.sourceNumber)!.locator).toMatch(/Vatan/);
    expect(d.citations.map((c) => c.number)).toEqual(d.citations.map((_, i) => i + 1));
  });

  it("picks the note by the content fallback rule", async () => {
    // No Azerbaijani or Kyrgyz note: Latin-script Azerbaijani falls back to English, Cyrillic Kyrgyz to Russian.
    const az = (await getDiaspora("azerbaijani", "az"))!;
    expect(az.presences[0]!.note).toMatchObject({ locale: "en", isFallback: true });
    const ky = (await getDiaspora("azerbaijani", "ky"))!;
    expect(ky.presences[0]!.note).toMatchObject({
      locale: "ru",
      isFallback: true,
      value: expect.stringContaining("600 000"),
    });
    const kazakh = (await getDiaspora("kazakh", "ru"))!;
    expect(kazakh.presences[0]).toMatchObject({ countryCode: "RU", population: 647000, year: 2010 });
    expect(kazakh.presences[0]!.note).toMatchObject({ locale: "ru", isFallback: false });
  });

  it("lists its organizations by name and its events", async () => {
    const d = (await getDiaspora("azerbaijani", "ru"))!;
    const expected = seed.organizations.filter((o) => o.diasporas.includes("azerbaijani")).map((o) => o.slug);
    expect(d.organizations.map((o) => o.slug).sort()).toEqual(expected.sort());
    const names = d.organizations.map((o) => o.name!.value);
    expect(names).toEqual([...names].sort(new Intl.Collator("ru", { sensitivity: "base" }).compare));
    const events = seed.events.filter((e) => e.diasporas.includes("azerbaijani")).map((e) => e.slug);
    expect(d.events.map((e) => e.slug).sort()).toEqual(events.sort());
    const dated = d.events.filter((e) => e.startDate).map((e) => e.startDate!);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it("returns null for an unknown slug", async () => {
    expect(await getDiaspora("nope", "ru")).toBeNull();
  });
});
