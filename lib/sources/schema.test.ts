import { afterEach, describe, expect, it, vi } from "vitest";
import { diffFlat } from "@/lib/curation/diff";
import { issuesByField } from "@/lib/organizations/form-values";
import { flattenSource } from "./diff";
import { sourceInput, sourceValues } from "./form-values";
import { sourceFormSchema, toSnapshot } from "./schema";

const form = {
  version: "2",
  key: "mehdieva-2014",
  authors: " U.M. Mehdieva ",
  title: "Azerbaidzhanskaia diaspora v Rossii",
  publication: "Klio",
  volume: "",
  issue: "8",
  pages: "103–106",
  place: "",
  publisher: "",
  year: "2014",
  url: "https://example.org/klio/8",
  accessedOn: "2024-03-01",
  note: "",
};
const parse = (overrides: Record<string, string | string[]> = {}) =>
  sourceFormSchema.safeParse(sourceInput({ ...form, ...overrides }));
const errors = (overrides: Record<string, string | string[]>) => {
  const result = parse(overrides);
  return result.success ? {} : issuesByField(result.error);
};

afterEach(() => vi.useRealTimers());

describe("source form", () => {
  it("parses the posted fields into a snapshot with empty fields as null, and round-trips through the form", () => {
    const snapshot = toSnapshot(sourceFormSchema.parse(sourceInput(form)));
    expect(snapshot).toEqual({
      key: "mehdieva-2014",
      authors: "U.M. Mehdieva",
      title: "Azerbaidzhanskaia diaspora v Rossii",
      publication: "Klio",
      volume: null,
      issue: "8",
      pages: "103–106",
      place: null,
      publisher: null,
      year: 2014,
      doi: null,
      url: "https://example.org/klio/8",
      archiveUrl: null,
      accessedOn: "2024-03-01",
      note: null,
      citedIn: [],
    });
    expect(toSnapshot(sourceFormSchema.parse(sourceInput(sourceValues(snapshot, { version: 2 }))))).toEqual(snapshot);
    expect(sourceValues(snapshot, { id: "5b1f1d7e-8a33-4c1e-9f52-0c7f4a1d2b3c", version: 2 })).toMatchObject({
      id: "5b1f1d7e-8a33-4c1e-9f52-0c7f4a1d2b3c",
      version: "2",
      year: "2014",
      volume: "",
    });
  });

  it("requires a title and a key typed like a slug", () => {
    expect(errors({ title: "  ", key: "Smith 2019" })).toEqual({ title: ["workTitleRequired"], key: ["slug"] });
    expect(errors({ key: "" })).toEqual({ key: ["slug"] });
    expect(parse({ key: "smith2019" }).success).toBe(true);
  });

  it("limits the lengths: title 500, authors 1000", () => {
    expect(parse({ title: "t".repeat(500), authors: "a".repeat(1000) }).success).toBe(true);
    expect(errors({ title: "t".repeat(501), authors: "a".repeat(1001), note: "n".repeat(100_000) })).toEqual({
      title: ["tooLong"],
      authors: ["tooLong"],
      note: ["tooLong"],
    });
  });

  it("takes a year from 1500 to next year, or none", () => {
    const next = new Date().getUTCFullYear() + 1;
    for (const year of ["", "1500", String(next)]) expect(parse({ year }).success, year).toBe(true);
    for (const year of ["1499", String(next + 1), "soon", "20 14", "02014"])
      expect(errors({ year }), year).toEqual({ year: ["sourceYear"] });
  });

  it("takes only http(s) addresses with a host name", () => {
    expect(parse({ url: "http://amor.az/12-мая/" }).success).toBe(true);
    for (const url of ["ftp://example.org/a", "https://localhost/", "example", "//example.org/a"])
      expect(errors({ url }), url).toEqual({ url: ["url"] });
    // An address typed without its scheme is completed (issue #15), as an address bar would.
    expect(parse({ url: "example.org" })).toMatchObject({ success: true, data: { url: "https://example.org" } });
    // A script link is markup first; one error, not two.
    expect(errors({ url: "javascript:alert(1)" })).toEqual({ url: ["markup"] });
  });

  it("takes a real access date that is not in the future", () => {
    vi.useFakeTimers({ now: new Date("2025-06-15T12:00:00Z"), toFake: ["Date"] });
    expect(parse({ accessedOn: "2025-06-15" }).success).toBe(true);
    // Already the 16th east of UTC+12.
    expect(parse({ accessedOn: "2025-06-16" }).success).toBe(true);
    expect(errors({ accessedOn: "2025-06-17" })).toEqual({ accessedOn: ["futureDate"] });
    for (const accessedOn of ["2023-02-30", "2024-13-01", "yesterday", "1.3.2024"])
      expect(errors({ accessedOn }), accessedOn).toEqual({ accessedOn: ["date"] });
  });

  it("refuses markup and invisible characters in every text field", () => {
    expect(
      errors({
        title: "<script>alert(1)</script>",
        authors: "A\u202Eb",
        publication: "<b>Klio</b>",
        note: "x\u0000",
        url: "https://example.org/<script>",
      }),
    ).toEqual({
      title: ["markup"],
      authors: ["invisibleCharacters"],
      publication: ["markup"],
      note: ["invisibleCharacters"],
      url: ["markup"],
    });
  });
});

describe("source diff", () => {
  it("lists only the fields that differ, not who cites the source", () => {
    const base = toSnapshot(sourceFormSchema.parse(sourceInput(form)));
    expect(diffFlat(flattenSource(base), flattenSource({ ...base, year: 2015, pages: null, citedIn: ["x"] }))).toEqual([
      { field: "pages", before: "103–106", after: "" },
      { field: "year", before: "2014", after: "2015" },
    ]);
  });
});
