import { describe, expect, it } from "vitest";
import { searchSkeleton } from "@/lib/search/normalize";
import {
  allowedEdits,
  cityAliases,
  editDistance,
  indexPlaces,
  matchByAlias,
  matchCity,
  type Place,
} from "./match-city";

let id = 0;
const place = (name: string, country: string, population: number): Place => ({
  id: ++id,
  name,
  country,
  lon: id,
  lat: id,
  population,
});

const places = [
  place("Moscow", "RU", 10_381_222),
  place("Moscow", "US", 25_060),
  place("Samara", "RU", 1_134_730),
  place("Samara", "RU", 2_000), // a village of the same name
  place("Yekaterinburg", "RU", 1_349_772),
  place("Yerevan", "AM", 1_093_485),
  place("Dilijan", "AM", 13_478),
  place("Kyiv", "UA", 2_797_553),
  place("Baku", "AZ", 1_116_513),
  place("Baki", "AZ", 1_500), // too small to be a close spelling of anything
  place("Tbilisi", "GE", 1_049_498),
  place("Kazan", "RU", 1_104_738),
  place("Kazanka", "RU", 3_000),
];
const indexes = indexPlaces(places, searchSkeleton);
const match = (names: string[], countries: string[]) => {
  const m = matchCity(names, countries, indexes);
  return m && [m.place.name, m.place.country, m.exact];
};

describe("matchCity", () => {
  it("matches a name in any language and script by its Latin skeleton, in the host country", () => {
    expect(match(["Москва", "Moscow"], ["RU"])).toEqual(["Moscow", "RU", true]);
    expect(match(["Самара"], ["RU"])).toEqual(["Samara", "RU", true]);
    expect(match(["Тбилиси"], ["GE"])).toEqual(["Tbilisi", "GE", true]);
    expect(match(["Казань"], ["RU"])).toEqual(["Kazan", "RU", true]);
  });

  it("takes the most populous of several places with the same name", () => {
    expect(places.find((p) => p.name === "Samara" && p.population === 2_000)).toBeDefined();
    expect(matchCity(["Samara"], ["RU"], indexes)?.place.population).toBe(1_134_730);
  });

  it("looks only in the organization's host countries", () => {
    expect(match(["Moscow"], ["US"])).toEqual(["Moscow", "US", true]);
    expect(match(["Moscow"], ["RU", "US"])).toEqual(["Moscow", "RU", true]);
    expect(match(["Moscow"], ["DE"])).toBeNull();
    expect(match(["Moscow"], [])).toBeNull();
  });

  it("accepts one close spelling for towns of some size (Ереван ~ Yerevan, Дилижан ~ Dilijan)", () => {
    expect(match(["Ереван"], ["AM"])).toEqual(["Yerevan", "AM", false]);
    expect(match(["Дилижан"], ["AM"])).toEqual(["Dilijan", "AM", false]);
    expect(match(["Екатеринбург"], ["RU"])).toEqual(["Yekaterinburg", "RU", false]);
    expect(match(["Киев"], ["UA"])).toEqual(["Kyiv", "UA", false]);
    // Bakı is exactly the village "Baki"'s skeleton: an exact match wins over a close one.
    expect(match(["Bakı"], ["AZ"])).toEqual(["Baki", "AZ", true]);
    expect(match(["Баку"], ["AZ"])).toEqual(["Baku", "AZ", true]);
  });

  it("refuses spellings too far away, short names near small places, and other countries' cities", () => {
    expect(match(["Санкт-Петербург"], ["RU"])).toBeNull();
    expect(match(["Казанко"], ["RU"])).toBeNull(); // Kazanka has 3 000 inhabitants, Kazan is two edits away
    expect(match(["Бака"], ["AZ"])).toEqual(["Baku", "AZ", false]);
    expect(match(["Ереван"], ["GE"])).toBeNull();
    expect(match(["", " "], ["RU"])).toBeNull();
  });
});

describe("editDistance and allowedEdits", () => {
  it("counts insertions, deletions and substitutions, stopping past the limit", () => {
    expect(editDistance("erevan", "ierevan")).toBe(1);
    expect(editDistance("kiev", "kiiv")).toBe(1);
    expect(editDistance("moskva", "mostsow")).toBe(4);
    expect(editDistance("moskva", "mostsow", 1)).toBe(2);
    expect(editDistance("abc", "abc")).toBe(0);
  });

  it("allows no edit below four letters, one for a big city's four letters or from five, two from ten", () => {
    expect(allowedEdits(3, 10_000_000)).toBe(0);
    expect(allowedEdits(4, 50_000)).toBe(0);
    expect(allowedEdits(4, 100_000)).toBe(1);
    expect(allowedEdits(5, 10_000)).toBe(1);
    expect(allowedEdits(10, 10_000)).toBe(2);
  });
});

describe("cityAliases and matchByAlias", () => {
  const groups = [
    { names: ["Москва", "Moscow"], countries: ["RU"] },
    { names: ["Ереван"], countries: ["AM"] }, // a close match: teaches nothing
    { names: ["Санкт-Петербург"], countries: ["RU"] }, // no match
  ].map((g) => ({ ...g, match: matchCity(g.names, g.countries, indexes) }));
  const aliases = cityAliases(groups);

  it("learns the other names of exactly placed cities, per country", () => {
    expect(matchByAlias(["Москва"], ["RU"], aliases)).toMatchObject({
      place: { name: "Moscow", country: "RU" },
      exact: false,
    });
    expect(matchByAlias(["МОСКВА "], ["RU", "US"], aliases)?.place.country).toBe("RU");
    expect(matchByAlias(["Москва"], ["US"], aliases)).toBeNull();
  });

  it("learns nothing from close or missing matches", () => {
    expect(aliases.has("AM:erevan")).toBe(false);
    expect(matchByAlias(["Санкт-Петербург"], ["RU"], aliases)).toBeNull();
    expect([...aliases.keys()].sort()).toEqual(["RU:moskva", "RU:mostsow"]);
  });
});
