import { describe, expect, it } from "vitest";
import { contentFallbackChain, pickLocalized } from "./localized";

const rows = [
  { locale: "en", name: "Ojag Society", city: null },
  { locale: "ru", name: "Общество «Оджаг»", city: "Москва" },
  { locale: "az", name: "", city: "Moskva" },
];

describe("content fallback", () => {
  it("goes from the page's language to Russian, then English", () => {
    expect(contentFallbackChain("az")).toEqual(["az", "ru", "en"]);
    expect(contentFallbackChain("ru")).toEqual(["ru", "en"]);
  });

  it("shows the page's language when it has a value", () => {
    expect(pickLocalized(rows, "name", "en")).toEqual({ value: "Ojag Society", locale: "en", isFallback: false });
  });

  it("falls back past empty values and marks the fallback", () => {
    expect(pickLocalized(rows, "name", "az")).toEqual({ value: "Общество «Оджаг»", locale: "ru", isFallback: true });
  });

  it("picks per field, so a city can come from another language than the name", () => {
    expect(pickLocalized(rows, "city", "az")).toEqual({ value: "Moskva", locale: "az", isFallback: false });
    expect(pickLocalized(rows, "city", "en")).toEqual({ value: "Москва", locale: "ru", isFallback: true });
  });

  it("uses any other language when the chain has nothing, and null when nothing exists", () => {
    expect(pickLocalized([{ locale: "ka", name: "ქართველები" }], "name", "en")).toMatchObject({
      locale: "ka",
      isFallback: true,
    });
    expect(pickLocalized([], "name", "en")).toBeNull();
  });
});
