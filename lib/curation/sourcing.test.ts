import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  changedFacts,
  citationFields,
  citationInput,
  citationValues,
  toCitations,
  unsourcedFacts,
  type CitationSnapshot,
} from "./sourcing";

const A = "6f1c2b9e-4a0d-4c55-9d1e-0b3f5a7c9e21";
const B = "0d9e8f7a-1b2c-4d3e-8f5a-6b7c8d9e0f1a";
const cite = (sourceId: string | null, facts: string[]): CitationSnapshot => ({
  sourceId,
  newSource: sourceId ? null : { title: "T", url: null, authors: "X", year: null, accessedOn: null, archiveUrl: null },
  facts,
  locator: null,
});

describe("unsourcedFacts", () => {
  it("does not let a citation already on the entry vouch for a new value of the fact it backs", () => {
    expect(unsourcedFacts(["names"], [cite(A, ["names"])], [cite(A, ["names"])])).toEqual(["names"]);
  });
  it("counts a fact as sourced when the edit adds a source for it, or adds the fact to an existing citation", () => {
    expect(
      unsourcedFacts(["names", "status"], [cite(A, ["names"])], [cite(A, ["names"]), cite(B, ["status"])]),
    ).toEqual(["names"]);
    expect(unsourcedFacts(["status"], [cite(A, ["names"])], [cite(A, ["names", "status"])])).toEqual([]);
  });
  it("counts a new place in a source already cited (another page, another section) as a new citation", () => {
    const page = (locator: string) => ({ ...cite(A, ["names"]), locator });
    expect(unsourcedFacts(["names"], [page("p. 1")], [page("p. 1"), page("p. 9")])).toEqual([]);
    expect(unsourcedFacts(["names"], [page("p. 1")], [page("p. 1")])).toEqual(["names"]);
  });
  it("backs one language's name by a citation of that language or of the names as a whole", () => {
    expect(unsourcedFacts(["names.ru", "names.en"], [], [cite(B, ["names.en"])])).toEqual(["names.ru"]);
    expect(unsourcedFacts(["names.ru", "names.en"], [], [cite(B, ["names"])])).toEqual([]);
  });
  it("counts a source described in the revision (no id yet) for the facts it backs", () => {
    expect(unsourcedFacts(["foundedYear", "city"], [], [cite(null, ["foundedYear"])])).toEqual(["city"]);
  });
});

describe("changedFacts", () => {
  const facts = (entries: [string, string][]) => new Map(entries);
  it("lists the facts whose value differs, and for a new entry every fact it gives", () => {
    const before = facts([
      ["names", "en:A"],
      ["status", ""],
      ["city", "en:Lyon"],
    ]);
    const after = facts([
      ["names", "en:A"],
      ["status", "ACTIVE"],
      ["city", ""],
    ]);
    expect(changedFacts(before, after)).toEqual(["status", "city"]);
    expect(changedFacts(null, after)).toEqual(["names", "status"]);
    // A fact the edit removes (a name in one language) is a change too.
    expect(
      changedFacts(
        facts([
          ["names.hy", "Ա"],
          ["names.en", "A"],
        ]),
        facts([["names.en", "A"]]),
      ),
    ).toEqual(["names.hy"]);
  });
});

describe("citation form fields", () => {
  const { citation, newSource } = citationFields(["names", "status"]);
  const schema = z.object({ citation: citation.optional(), newSource: newSource.optional() });
  const parse = (values: Record<string, string | string[]>) => schema.safeParse(citationInput(values));
  const codes = (values: Record<string, string | string[]>) => {
    const result = parse(values);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("leaves citations alone when the form has none of its fields (an import)", () => {
    const result = parse({ acronym: "X" });
    expect(result.success && toCitations(result.data)).toBeUndefined();
  });

  it("reads rows, skips one left on 'no source', and appends the new source", () => {
    const result = parse({
      citations: "1",
      "citation.0.sourceId": A,
      "citation.0.facts": ["names", "status"],
      "citation.0.locator": "p. 3",
      "citation.1.sourceId": "",
      "citation.1.locator": "",
      "newSource.title": "Annual report 2024",
      "newSource.url": "https://example.org/report",
      "newSource.year": "2024",
      "newSource.facts": "status",
    });
    expect(result.success).toBe(true);
    const rows = toCitations(result.data!)!;
    expect(rows).toEqual([
      { sourceId: A, newSource: null, facts: ["names", "status"], locator: "p. 3" },
      {
        sourceId: null,
        newSource: {
          title: "Annual report 2024",
          url: "https://example.org/report",
          authors: null,
          year: 2024,
          accessedOn: null,
          archiveUrl: null,
        },
        facts: ["status"],
        locator: null,
      },
    ]);
    // And back into the form's fields, so an edit reopens with them.
    expect(citationValues(rows)).toMatchObject({
      "citation.0.sourceId": A,
      "citation.0.facts": ["names", "status"],
      "newSource.title": "Annual report 2024",
      "newSource.facts": ["status"],
    });
  });

  it("refuses facts without a source, an unknown fact and a half-described new source", () => {
    expect(
      codes({
        citations: "1",
        "citation.0.sourceId": A,
        "citation.1.sourceId": "",
        "citation.1.facts": "names",
        "citation.2.sourceId": B,
        "citation.2.facts": "population",
        "newSource.url": "javascript:alert(1)",
        "newSource.year": "20x4",
      }),
    ).toEqual({
      "citation.1.sourceId": "chooseSource",
      "citation.2.facts.0": "invalid",
      // A script address is refused as markup before it is read as an address.
      "newSource.url": "markup",
      "newSource.year": "sourceYear",
      // Described but untitled and backing nothing.
      "newSource.title": "workTitleRequired",
      "newSource.facts": "chooseFacts",
    });
    expect(codes({ citations: "1", "newSource.title": "Report" })).toEqual({
      "newSource.url": "sourceUrlOrAuthor",
      "newSource.facts": "chooseFacts",
    });
  });

  it("does not give a legacy snapshot (no citations) the marker, so restoring it leaves citations as stored", () => {
    expect(citationValues(undefined)).toEqual({});
  });
});
