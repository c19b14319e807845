import { describe, expect, it } from "vitest";
import { DOI_PATTERN, doiUrl, normalizeDoi } from "./doi";

describe("DOI", () => {
  it("accepts the forms a curator pastes and keeps the bare DOI", () => {
    for (const pasted of [
      "10.22363/2312-8674-2021-20-3-437-447",
      " https://doi.org/10.22363/2312-8674-2021-20-3-437-447 ",
      "doi:10.22363/2312-8674-2021-20-3-437-447",
      "http://dx.doi.org/10.22363/2312-8674-2021-20-3-437-447",
    ]) {
      expect(normalizeDoi(pasted)).toBe("10.22363/2312-8674-2021-20-3-437-447");
    }
  });

  it("refuses what is not a DOI", () => {
    for (const wrong of [
      "",
      "10.22/short-registrant",
      "https://journals.rudn.ru/x",
      "10.1234/has space",
      "11.1234/x",
    ]) {
      expect(DOI_PATTERN.test(normalizeDoi(wrong))).toBe(false);
    }
    expect(DOI_PATTERN.test("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0")).toBe(true);
  });

  it("links the resolver with the suffix encoded and its slashes kept", () => {
    expect(doiUrl("10.22363/2312-8674-2021-20-3-437-447")).toBe("https://doi.org/10.22363/2312-8674-2021-20-3-437-447");
    expect(doiUrl("10.1000/a/b#c?d")).toBe("https://doi.org/10.1000/a/b%23c%3Fd");
  });
});
