import { describe, expect, it } from "vitest";
import {
  isLookupText,
  listedFacetValues,
  matchChoices,
  matchFacetValues,
  prepareChoices,
  type ComboboxChoice,
} from "./choice-match";

const countries: ComboboxChoice[] = [
  { value: "AM", label: "Армения", keywords: "Armenia" },
  { value: "DE", label: "Германия", keywords: "Germany" },
  { value: "GE", label: "Грузия", keywords: "Georgia" },
  { value: "UZ", label: "Oʻzbekiston" },
  { value: "NE", label: "Нигер", keywords: "Niger" },
  { value: "NG", label: "Нигерия", keywords: "Nigeria" },
];
const values = (typed: string, list = countries) => matchChoices(prepareChoices(list), typed).map((c) => c.value);

describe("matchChoices", () => {
  it("lists every choice in its order when nothing is typed", () => {
    expect(values("")).toEqual(["AM", "DE", "GE", "UZ", "NE", "NG"]);
    expect(values("  ")).toEqual(["AM", "DE", "GE", "UZ", "NE", "NG"]);
  });

  it("finds a choice typed in either script, by its keywords and by its code", () => {
    expect(values("Герм")).toEqual(["DE"]);
    expect(values("germ")).toEqual(["DE"]);
    expect(values("Germany")).toEqual(["DE"]);
    expect(values("de")).toContain("DE");
    expect(values("ozbek")).toEqual(["UZ"]);
    expect(values("O'zbek")).toEqual(["UZ"]);
  });

  it("puts labels that start with the text first, then words that do, then the rest", () => {
    const list: ComboboxChoice[] = [
      { value: "a", label: "Dom Armenii" },
      { value: "b", label: "Kharmen" },
      { value: "c", label: "Armenian Centre" },
    ];
    expect(values("armen", list)).toEqual(["c", "a", "b"]);
  });

  it("finds nothing for text no choice contains", () => {
    expect(values("Франция")).toEqual([]);
  });
});

describe("isLookupText", () => {
  it("asks the server from two letters or digits on, in any script, not counting spaces and marks", () => {
    expect(isLookupText("ар")).toBe(true);
    expect(isLookupText("Ja")).toBe(true);
    expect(isLookupText("Օ")).toBe(false);
    expect(isLookupText(" a  ")).toBe(false);
    expect(isLookupText("«»—")).toBe(false);
    expect(isLookupText("")).toBe(false);
  });
});

describe("a city facet's lookup and listing", () => {
  const cities = [
    { value: "Москва", count: 9 },
    { value: "Берлин", count: 7 },
    { value: "Санкт-Петербург", count: 5 },
    { value: "Moscow", count: 2 },
    { value: "Tbilisi", count: 1 },
  ];

  it("finds cities by a skeleton of what was typed, best match first, keeping their counts", () => {
    expect(matchFacetValues(cities, "moskva", 20)).toEqual([{ value: "Москва", count: 9 }]);
    expect(matchFacetValues(cities, "mos", 20).map((c) => c.value)).toEqual(["Москва", "Moscow"]);
    expect(matchFacetValues(cities, "peterburg", 20)).toEqual([{ value: "Санкт-Петербург", count: 5 }]);
    expect(matchFacetValues(cities, "mos", 1)).toHaveLength(1);
    expect(matchFacetValues(cities, "Париж", 20)).toEqual([]);
  });

  it("lists the largest, and the chosen one in any case wherever it stands", () => {
    expect(listedFacetValues(cities, 2, undefined).map((c) => c.value)).toEqual(["Москва", "Берлин"]);
    expect(listedFacetValues(cities, 2, "tbilisi").map((c) => c.value)).toEqual(["Москва", "Берлин", "Tbilisi"]);
    expect(listedFacetValues(cities, 2, "берлин").map((c) => c.value)).toEqual(["Москва", "Берлин"]);
    expect(listedFacetValues(cities, 2, "Atlantis").map((c) => c.value)).toEqual(["Москва", "Берлин"]);
  });
});
