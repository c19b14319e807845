import { describe, expect, it } from "vitest";
import { parseCountryCodeParam } from "./country-code";

describe("parseCountryCodeParam", () => {
  it("accepts ISO codes in any case and says when the case is not canonical", () => {
    expect(parseCountryCodeParam("RU")).toEqual({ code: "RU", canonical: true });
    expect(parseCountryCodeParam("ru")).toEqual({ code: "RU", canonical: false });
    expect(parseCountryCodeParam("Kz")).toEqual({ code: "KZ", canonical: false });
  });

  it("rejects unassigned and malformed codes", () => {
    for (const segment of ["XX", "xx", "ZZ", "RUS", "R", "", "R1", "рф", "ru ", "%52U", "../RU"]) {
      expect(parseCountryCodeParam(segment), segment).toBeNull();
    }
  });
});
