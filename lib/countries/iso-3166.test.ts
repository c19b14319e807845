import { describe, expect, it } from "vitest";
import { countryName } from "../i18n/display-names";
import { ISO_3166_ALPHA2, isCountryCode } from "./iso-3166";

describe("ISO 3166-1 alpha-2", () => {
  it("lists the 249 assigned codes once each", () => {
    expect(ISO_3166_ALPHA2).toHaveLength(249);
    expect(new Set(ISO_3166_ALPHA2).size).toBe(249);
  });

  it("knows the post-Soviet states and rejects retired or reserved codes", () => {
    for (const code of ["AM", "AZ", "BY", "EE", "GE", "KG", "KZ", "LT", "LV", "MD", "RU", "TJ", "TM", "UA", "UZ"]) {
      expect(isCountryCode(code)).toBe(true);
    }
    for (const code of ["SU", "YU", "EU", "UK", "XK", "ZZ", "ru"]) expect(isCountryCode(code)).toBe(false);
  });

  it("names every code in Russian and English through Intl", () => {
    expect(countryName("AZ", "ru")).toBe("Азербайджан");
    expect(countryName("AZ", "en")).toBe("Azerbaijan");
    expect(ISO_3166_ALPHA2.every((code) => countryName(code, "ru") !== code)).toBe(true);
  });
});
