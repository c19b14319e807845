// The map's aggregation: organizations per host country (the list's own filters) and per city, with the
// cities placed through the GeoNames gazetteer in node_modules. Fixtures add cities named in one language only.
// The seed's cities are almost all those of related institutions, so the fixtures are related institutions too and
// most checks read the map of related institutions (?category=RELATED_INSTITUTION); the default map counts diaspora
// organizations, as the list it links to does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMapData } from "../../lib/map/get-map-data";
import type { MapData } from "../../lib/map/types";
import { readSeedData } from "../../prisma/seed/seed";
import type { SeedData } from "../../prisma/seed/seed-schema";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let seed: SeedData;

type Fixture = { slug: string; cities: Record<string, string>; countries: string[]; diaspora?: string };
const fixtures: Fixture[] = [
  { slug: "map-samara", cities: { ru: "Самара" }, countries: ["RU"], diaspora: "armenian" },
  { slug: "map-yerevan", cities: { ru: "Ереван" }, countries: ["AM"], diaspora: "armenian" },
  { slug: "map-moscow-ru-only", cities: { ru: "Москва" }, countries: ["RU"] },
  { slug: "map-nowhere", cities: { ru: "Нигдеград" }, countries: ["RU"] },
  { slug: "map-tbilisi", cities: { ka: "თბილისი", en: "Tbilisi" }, countries: ["GE"], diaspora: "armenian" },
  { slug: "map-tbilisi-ka-only", cities: { ka: "თბილისი" }, countries: ["GE"] },
  { slug: "map-moscow-two-countries", cities: { en: "Moscow" }, countries: ["RU", "US"] },
  { slug: "map-no-country", cities: { en: "Geneva" }, countries: [] },
];

beforeAll(async () => {
  seed = await readSeedData();
  await resetToSeed(db);
  for (const f of fixtures) {
    const diaspora = f.diaspora
      ? await db.diaspora.findUniqueOrThrow({ where: { slug: f.diaspora }, select: { id: true } })
      : null;
    await db.organization.create({
      data: {
        slug: f.slug,
        category: "RELATED_INSTITUTION",
        types: ["CULTURAL_SOCIETY"],
        translations: {
          create: Object.entries(f.cities).map(([locale, city]) => ({ locale, name: `${f.slug} (${locale})`, city })),
        },
        countries: { create: f.countries.map((countryCode) => ({ countryCode })) },
        ...(diaspora ? { diasporas: { create: [{ diasporaId: diaspora.id }] } } : {}),
      },
    });
  }
});
afterAll(() => db.$disconnect());

const cityOf = (data: MapData, place: string) => data.cities.find((c) => c.placeName === place);
const RELATED = { category: "RELATED_INSTITUTION" } as const;
const related = () => seed.organizations.filter((o) => o.category === "RELATED_INSTITUTION");

describe("getMapData: countries", () => {
  it("counts diaspora organizations per host country by default, as the list does", async () => {
    const data = await getMapData({ locale: "en", filters: {} });
    const diaspora = seed.organizations.filter((o) => o.category === "DIASPORA_ORGANIZATION");
    const expected = new Map<string, number>();
    for (const code of diaspora.flatMap((o) => o.countries)) expected.set(code, (expected.get(code) ?? 0) + 1);
    expect(Object.fromEntries(data.countries.map((c) => [c.code, c.count]))).toEqual(Object.fromEntries(expected));
    expect(data.total).toBe(diaspora.length);
    expect(cityOf(data, "Saint Petersburg")).toMatchObject({ country: "RU", count: 1 });
  });

  it("counts organizations per host country, as the list's country filter does", async () => {
    const data = await getMapData({ locale: "en", filters: RELATED });
    const expected = new Map<string, number>();
    for (const code of [...related().flatMap((o) => o.countries), ...fixtures.flatMap((f) => f.countries)]) {
      expected.set(code, (expected.get(code) ?? 0) + 1);
    }
    expect(Object.fromEntries(data.countries.map((c) => [c.code, c.count]))).toEqual(Object.fromEntries(expected));
    expect(data.countries[0]).toMatchObject({ code: "RU", name: "Russia", count: expected.get("RU"), drawn: true });
    // Largest first.
    expect(data.countries.map((c) => c.count)).toEqual([...data.countries.map((c) => c.count)].sort((a, b) => b - a));
    expect(data.total).toBe(related().length + fixtures.length);
    expect(data.withoutCountry).toBe(related().filter((o) => o.countries.length === 0).length + 1);
  });

  it("applies the diaspora and type filters and offers their values with counts", async () => {
    const armenian = await getMapData({ locale: "ru", filters: { ...RELATED, diaspora: "armenian" } });
    const seedArmenian = related().filter((o) => o.diasporas.includes("armenian"));
    const expected = new Map<string, number>();
    for (const code of [...seedArmenian.flatMap((o) => o.countries), "RU", "AM", "GE"])
      expected.set(code, (expected.get(code) ?? 0) + 1);
    expect(Object.fromEntries(armenian.countries.map((c) => [c.code, c.count]))).toEqual(Object.fromEntries(expected));
    expect(armenian.countries.find((c) => c.code === "RU")?.name).toBe("Россия");
    expect(armenian.total).toBe(seedArmenian.length + 3);
    // The filter's own options ignore its selection, the others apply it.
    expect(armenian.options.diaspora.find((d) => d.value === "azerbaijani")?.count).toBe(
      related().filter((o) => o.diasporas.includes("azerbaijani")).length,
    );
    expect(armenian.options.type.find((t) => t.value === "CULTURAL_SOCIETY")?.count).toBe(
      seedArmenian.filter((o) => o.types.includes("CULTURAL_SOCIETY")).length + 3,
    );

    const banks = await getMapData({ locale: "en", filters: { ...RELATED, type: "FINANCIAL" } });
    const seedBanks = seed.organizations.filter((o) => o.types.includes("FINANCIAL"));
    expect(banks.total).toBe(seedBanks.length);
    expect(banks.countries.reduce((n, c) => n + c.count, 0)).toBe(seedBanks.flatMap((o) => o.countries).length);
    expect(banks.cities).toEqual([]);

    const both = await getMapData({ locale: "en", filters: { ...RELATED, diaspora: "armenian", type: "FINANCIAL" } });
    // Banks are no diaspora organizations: the default map has none.
    expect((await getMapData({ locale: "en", filters: { type: "FINANCIAL" } })).total).toBe(0);
    expect(both.countries).toEqual([]);
    expect(both.total).toBe(0);
  });
});

describe("getMapData: cities", () => {
  it("places every seed city on the gazetteer, in its host country", async () => {
    const data = await getMapData({ locale: "en", filters: RELATED });
    const seedCities = seed.organizations.filter((o) => o.city).map((o) => o.city!.en);
    expect(new Set(seedCities)).toEqual(new Set(["Moscow", "Saint Petersburg", "Dilijan", "Shanghai"]));
    // Saint Petersburg's is a diaspora organization's (the default map's, above); the others are institutions'.
    expect(cityOf(data, "Moscow")).toMatchObject({
      country: "RU",
      countryName: "Russia",
      name: { value: "Moscow", locale: "en" },
    });
    expect(cityOf(data, "Dilijan")).toMatchObject({ country: "AM", count: 1, name: { value: "Dilijan" } });
    expect(cityOf(data, "Shanghai")).toMatchObject({ country: "CN", count: 1 });
  });

  it("counts an organization once at its city, whatever languages name it and however many host countries it has", async () => {
    const data = await getMapData({ locale: "ru", filters: RELATED });
    const moscow = cityOf(data, "Moscow")!;
    // Two seed organizations (ru + en names), the fixture in Russia and the USA (en only) and the one naming
    // only "Москва", placed because the others give both names.
    expect(moscow).toMatchObject({
      count: 4,
      country: "RU",
      name: { value: "Москва", locale: "ru", isFallback: false },
    });
    expect(data.cities.filter((c) => c.placeName === "Moscow")).toHaveLength(1);
    // Largest first.
    expect(data.cities[0]!.placeName).toBe("Moscow");
    // The Georgian spelling is not transliterated, but the English one beside it places both organizations.
    expect(cityOf(data, "Tbilisi")).toMatchObject({
      country: "GE",
      count: 2,
      name: { value: "Tbilisi", locale: "en", isFallback: true },
    });
    const ka = await getMapData({ locale: "ka", filters: RELATED });
    expect(cityOf(ka, "Tbilisi")?.name).toMatchObject({ value: "თბილისი", locale: "ka", isFallback: false });
  });

  it("places Russian-only names through their Latin skeleton or a close spelling, and lists the rest as unplaced", async () => {
    const data = await getMapData({ locale: "ru", filters: RELATED });
    expect(cityOf(data, "Samara")).toMatchObject({ country: "RU", count: 1, name: { value: "Самара" } });
    expect(cityOf(data, "Yerevan")).toMatchObject({ country: "AM", count: 1, name: { value: "Ереван" } });
    // "Москва" alone is too far from "Moscow" for the gazetteer, but the seed names Moscow in both languages.
    expect(cityOf(data, "Moscow")).toMatchObject({ count: 4, name: { value: "Москва" } });
    expect(cityOf(data, "Tbilisi")).toMatchObject({ count: 2 });
    // Organizations without a host country are not placed. Sorted by count, then in the page language's
    // alphabet (Cyrillic before Latin in Russian).
    expect(data.unplaced.map((u) => [u.name.value, u.countries, u.count])).toEqual([
      ["Нигдеград", ["RU"], 1],
      ["Geneva", [], 1],
    ]);
    for (const city of data.cities) {
      const [x, y] = city.point!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1920);
      expect(y).toBeGreaterThan(0);
    }
  });

  it("leaves cities outside the regional view off the map but in the table", async () => {
    const region = await getMapData({ locale: "en", filters: RELATED, view: "region" });
    expect(cityOf(region, "Shanghai")).toMatchObject({ count: 1, point: null });
    const [mx, my] = cityOf(region, "Moscow")!.point!;
    const [yx, yy] = cityOf(region, "Yerevan")!.point!;
    // Zoomed in: Moscow and Yerevan are far further apart than on the world map.
    const world = await getMapData({ locale: "en", filters: RELATED });
    const [wmx, wmy] = cityOf(world, "Moscow")!.point!;
    const [wyx, wyy] = cityOf(world, "Yerevan")!.point!;
    expect(Math.hypot(mx - yx, my - yy)).toBeGreaterThan(2.5 * Math.hypot(wmx - wyx, wmy - wyy));
    expect(region.countries).toEqual(world.countries);
  });

  it("filters the cities with the organizations", async () => {
    const data = await getMapData({ locale: "en", filters: { ...RELATED, diaspora: "armenian" } });
    expect(data.cities.map((c) => [c.placeName, c.count]).sort()).toEqual(
      [
        ["Samara", 1],
        ["Tbilisi", 1],
        ["Yerevan", 1],
        ...related()
          .filter((o) => o.city && o.diasporas.includes("armenian"))
          .map((o) => [o.city!.en, 1]),
      ].sort(),
    );
    expect(data.unplaced).toEqual([]);
  });
});
