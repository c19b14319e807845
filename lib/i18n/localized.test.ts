import { describe, expect, it } from "vitest";
import { byPageLanguage, contentFallbackChain, pickLocalized } from "./localized";

const rows = [
  { locale: "en", name: "Ojag Society", city: null },
  { locale: "ru", name: "Общество «Оджаг»", city: "Москва" },
  { locale: "az", name: "", city: "Moskva" },
];

describe("content fallback", () => {
  it("goes from the page's language to Russian, then English; from a Latin-script one to English, then Russian", () => {
    expect(contentFallbackChain("hy")).toEqual(["hy", "ru", "en"]);
    expect(contentFallbackChain("kk")).toEqual(["kk", "ru", "en"]);
    expect(contentFallbackChain("ru")).toEqual(["ru", "en"]);
    expect(contentFallbackChain("az")).toEqual(["az", "en", "ru"]);
    expect(contentFallbackChain("uz")).toEqual(["uz", "en", "ru"]);
    expect(contentFallbackChain("en")).toEqual(["en", "ru"]);
  });

  it("lists an entry's names with the page's language first, then the chain, then the rest by code", () => {
    const names = ["az", "en", "hy", "ka", "ru"].map((locale) => ({ locale }));
    expect(byPageLanguage(names, "hy").map((n) => n.locale)).toEqual(["hy", "ru", "en", "az", "ka"]);
    expect(byPageLanguage(names, "uz").map((n) => n.locale)).toEqual(["en", "ru", "az", "hy", "ka"]);
    expect(byPageLanguage(names, "ka").map((n) => n.locale)).toEqual(["ka", "ru", "en", "az", "hy"]);
  });

  it("shows the page's language when it has a value", () => {
    expect(pickLocalized(rows, "name", "en")).toEqual({ value: "Ojag Society", locale: "en", isFallback: false });
  });

  it("falls back past empty values and marks the fallback", () => {
    expect(pickLocalized(rows, "name", "az")).toEqual({ value: "Ojag Society", locale: "en", isFallback: true });
    expect(pickLocalized(rows, "name", "kk")).toEqual({ value: "Общество «Оджаг»", locale: "ru", isFallback: true });
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
