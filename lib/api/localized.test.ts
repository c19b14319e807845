import { describe, expect, it } from "vitest";
import { jsonMap, labelOf, localizedMap, withLabel } from "./localized";

const rows = [
  { locale: "ru", name: "Оджаг", city: null },
  { locale: "en", name: "Ojag", city: "  " },
  { locale: "az", name: "Ocaq", city: "Moskva" },
];

describe("localizedMap", () => {
  it("holds every language with text, in alphabetical order", () => {
    const map = localizedMap(rows, "name");
    expect(map).toEqual({ az: "Ocaq", en: "Ojag", ru: "Оджаг" });
    expect(Object.keys(map)).toEqual(["az", "en", "ru"]);
    expect(localizedMap(rows, "city")).toEqual({ az: "Moskva" });
  });

  it("reads a {locale: text} JSON value, ignoring anything else", () => {
    expect(jsonMap({ en: "over 600,000", ru: "более 600 000", x: 5 })).toEqual({
      en: "over 600,000",
      ru: "более 600 000",
    });
    expect(jsonMap(null)).toEqual({});
    expect(jsonMap(["en"])).toEqual({});
  });
});

describe("labelOf", () => {
  const name = { en: "Ojag", ru: "Оджаг" };

  it("picks lang, else Russian, else English, and says when it fell back", () => {
    expect(labelOf(name, "en")).toEqual({ value: "Ojag", locale: "en", is_fallback: false });
    expect(labelOf(name, "hy")).toEqual({ value: "Оджаг", locale: "ru", is_fallback: true });
    expect(labelOf({ en: "Ojag" }, "hy")).toEqual({ value: "Ojag", locale: "en", is_fallback: true });
    expect(labelOf({}, "hy")).toBeNull();
  });

  it("adds label only when lang is asked for", () => {
    expect(withLabel(name, undefined)).toEqual({});
    expect(withLabel({}, "en")).toEqual({ label: null });
  });
});
