import { describe, expect, it } from "vitest";
import { apostropheProblems } from "./apostrophes";
import { languageEndonym } from "./display-names";
import { routing } from "./routing";

describe("languageEndonym", () => {
  it("names Georgian ქართული, without a Mtavruli capital", () => {
    expect(languageEndonym("ka")).toBe("ქართული");
  });

  it("capitalises languages written with capitals", () => {
    expect(languageEndonym("ru")).toBe("Русский");
    expect(languageEndonym("hy")).toBe("Հայերեն");
    expect(languageEndonym("en")).toBe("English");
  });

  it("spells Uzbek with the letter oʻ", () => {
    expect(languageEndonym("uz")).toBe("Oʻzbek");
  });

  it.each(routing.locales)("%s's own name has no quotation mark for an apostrophe", (locale) => {
    expect(apostropheProblems(locale, languageEndonym(locale))).toEqual([]);
  });
});
