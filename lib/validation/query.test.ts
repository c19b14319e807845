import { describe, expect, it } from "vitest";
import { isoDateParam, lowercaseLanguage, monthParam, pageNumber } from "./query";

describe("pageNumber", () => {
  it.each([
    ["3", 3],
    [["2", "9"], 2],
    [undefined, 1],
    ["0", 1],
    ["-4", 1],
    ["2.5", 1],
    ["abc", 1],
    ["1e9", 1],
    ["' OR 1=1 --", 1],
  ] as const)("%j → %d", (input, expected) => {
    expect(pageNumber(input as string | string[] | undefined)).toBe(expected);
  });
});

describe("isoDateParam and monthParam", () => {
  it.each(["2020-01-31", "2024-02-29", " 1999-12-01 "])("accept the day %j", (value) => {
    expect(isoDateParam.safeParse(value).success).toBe(true);
  });
  it.each(["2020-13-45", "2021-02-29", "2020-1-5", "20200105", "0999-01-01", "2020-01-01T00:00", "abc"])(
    "reject %j",
    (value) => {
      expect(isoDateParam.safeParse(value).success).toBe(false);
    },
  );
  it("accept a month and reject anything else", () => {
    expect(monthParam.safeParse("2020-12").success).toBe(true);
    for (const bad of ["abc", "2020-13", "2020-00", "2020-1", "2020-12-01"])
      expect(monthParam.safeParse(bad).success).toBe(false);
  });
});

describe("lowercaseLanguage", () => {
  it("lowercases the language subtag only", () => {
    expect(lowercaseLanguage("HY")).toBe("hy");
    expect(lowercaseLanguage("Hy-Latn")).toBe("hy-Latn");
    expect(lowercaseLanguage("uz-Cyrl-UZ")).toBe("uz-Cyrl-UZ");
  });
});
