import { describe, expect, it } from "vitest";
import { containsName, normalizeName } from "./name-check";

describe("containsName", () => {
  it("treats every kind of quote alike, collapses whitespace and joins a hyphen at a line break", () => {
    expect(containsName("the Azerbaijani diaspora’s “Ojag” society headed by", '"Ojag" society')).toBe(true);
    expect(
      containsName(
        "The Adyghe (Circassian) International Academy of Sciences (AMAN) brings together Rus-\n  sian",
        "Russian",
      ),
    ).toBe(true);
    expect(
      containsName(
        "Association of Russian-Speaking\n Bio-Scientists (BIORUS)",
        "Association of Russian-Speaking Bio-Scientists",
      ),
    ).toBe(true);
    expect(containsName("Tatiana’s Day, among other", "Tatiana's Day")).toBe(true);
    expect(containsName("the Institute for Post-Soviet and Interregional Studies5 at", "Interregional Studies")).toBe(
      true,
    );
    expect(containsName("the Georgian Diaspora in Russia", "Georgian diaspora")).toBe(true);
  });

  it("finds no name the text spells otherwise, words it otherwise, or holds only as part of a longer word", () => {
    expect(containsName("Sberbank, Alfa-Bank, VTB, Raffeisenbank, Roseximbank", "Raiffeisenbank")).toBe(false);
    expect(containsName("the Azerbaijani diaspora’s “Ojag” society", "Ojag Society")).toBe(false);
    expect(containsName("Belarusian, Armenian, Georgian, and Ukrainian diasporas", "Ukrainian diaspora")).toBe(false);
    expect(containsName("the Russkii Mir Foundation", "Russkiy Mir Foundation")).toBe(false);
    expect(containsName("the Russian Consulate General in Shanghai", "Consulate General of Russia in Shanghai")).toBe(
      false,
    );
    expect(containsName("anything", "")).toBe(false);
  });

  it("normalizes without changing letters", () => {
    expect(normalizeName("  «Портал в армянский мир»\n")).toBe('"портал в армянский мир"');
  });
});
