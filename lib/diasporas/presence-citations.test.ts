import { describe, expect, it } from "vitest";
import type { Citation } from "@/lib/sources/citation";
import { citePresences, type CitedSource } from "./presence-citations";

const source = (key: string): CitedSource => ({
  key,
  title: key,
  authors: null,
  publication: null,
  publisher: null,
  place: null,
  year: null,
  volume: null,
  issue: null,
  pages: null,
  doi: null,
  url: null,
  archiveUrl: null,
  accessedOn: null,
  note: null,
});
const article = source("article");
const cited: Citation[] = [
  { number: 1, facts: ["names", "presences"], locator: "section 1", source: { ...article, accessedOn: null } },
  { number: 2, facts: ["descriptions"], locator: "n. 11", source: { ...source("other"), accessedOn: null } },
];

describe("citePresences", () => {
  it("reuses a citation with the same source and locator", () => {
    const result = citePresences(cited, [{ source: article, locator: "section 1" }]);
    expect(result.numbers).toEqual([1]);
    expect(result.citations).toHaveLength(2);
  });

  it("appends a new numbered citation for another locator, once, and marks what it backs", () => {
    const census = { ...source("census"), accessedOn: new Date("2024-03-01T00:00:00Z") };
    const result = citePresences(cited, [
      { source: article, locator: "section 2" },
      { source: null, locator: null },
      { source: article, locator: "section 2" },
      { source: census, locator: null },
      { source: source("other"), locator: "n. 11" },
    ]);
    expect(result.numbers).toEqual([3, null, 3, 4, 2]);
    expect(result.citations.map((c) => [c.number, c.locator, c.facts])).toEqual([
      [1, "section 1", ["names", "presences"]],
      [2, "n. 11", ["descriptions", "presences"]],
      [3, "section 2", ["presences"]],
      [4, null, ["presences"]],
    ]);
    expect(result.citations[3]!.source.accessedOn).toBe("2024-03-01");
    // The caller's list is not changed.
    expect(cited[1]!.facts).toEqual(["descriptions"]);
  });
});
