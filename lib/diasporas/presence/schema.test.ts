import { describe, expect, it } from "vitest";
import { diffFlat } from "@/lib/curation/diff";
import { flattenPresence, presenceTitle } from "./diff";
import { presenceInput, presenceIssues, presenceValues } from "./form-values";
import { presenceFormSchema, toSnapshot, type PresenceSnapshot } from "./schema";

const DIASPORA = "5b1f1d7e-8a33-4c1e-9f52-0c7f4a1d2b3c";
const SOURCE = "0c6d6a52-3f0e-4b8e-a1f1-8a0d5c2b7e91";
const form = {
  version: "2",
  diasporaId: DIASPORA,
  hostCountry: "FR",
  population: " 600 000 ",
  year: "2020",
  "note.ru": " более 600 000 ",
  "note.en": "over 600,000",
  "note.hy": "",
  sourceId: SOURCE,
  locator: "p. 12",
};

const errorsOf = (values: Record<string, string>) => {
  const result = presenceFormSchema.safeParse(presenceInput({ ...form, ...values }));
  return result.success ? {} : presenceIssues(result.error);
};

describe("presence form", () => {
  it("parses the posted fields into a snapshot, dropping empty qualifiers", () => {
    const snapshot = toSnapshot(presenceFormSchema.parse(presenceInput(form)));
    expect(snapshot).toEqual({
      diasporaId: DIASPORA,
      countryCode: "FR",
      population: 600000,
      year: 2020,
      note: { en: "over 600,000", ru: "более 600 000" },
      inferredFrom: {},
      sourceId: SOURCE,
      locator: "p. 12",
    });
    expect(Object.keys(snapshot.note)).toEqual(["en", "ru"]);
    // The edit form starts from the snapshot and round-trips to the same snapshot.
    expect(toSnapshot(presenceFormSchema.parse(presenceInput(presenceValues(snapshot, { version: 2 }))))).toEqual(
      snapshot,
    );
  });

  it("keeps what a presence is inferred from, per language, through the edit form and into the diff", () => {
    const values = { ...form, "inferredFrom.en": " one organization in Lyon ", "inferredFrom.ru": "" };
    const snapshot = toSnapshot(presenceFormSchema.parse(presenceInput(values)));
    expect(snapshot.inferredFrom).toEqual({ en: "one organization in Lyon" });
    expect(toSnapshot(presenceFormSchema.parse(presenceInput(presenceValues(snapshot, { version: 2 }))))).toEqual(
      snapshot,
    );
    const stated = toSnapshot(presenceFormSchema.parse(presenceInput(form)));
    expect(diffFlat(flattenPresence(stated, {}), flattenPresence(snapshot, {}))).toEqual([
      { field: "inferredFrom.en", before: "", after: "one organization in Lyon" },
    ]);
  });

  it("leaves population, year, qualifier and source empty when not given", () => {
    const snapshot = toSnapshot(
      presenceFormSchema.parse(
        presenceInput({ ...form, population: "", year: "", "note.ru": "", "note.en": "", sourceId: "", locator: "" }),
      ),
    );
    expect(snapshot).toMatchObject({ population: null, year: null, note: {}, sourceId: null, locator: null });
  });

  it.each([
    ["600000", 600000],
    ["600 000", 600000],
    ["600\u00A0000", 600000],
    ["600\u202F000", 600000],
    ["1,200,000", 1200000],
    ["1.200.000", 1200000],
    ["600’000", 600000],
    ["1", 1],
    ["2000000000", 2_000_000_000],
  ])("reads the population %j as %d", (typed, expected) => {
    expect(presenceFormSchema.parse(presenceInput({ ...form, population: typed })).population).toBe(expected);
  });

  it.each([
    "0",
    "-5",
    "2000000001",
    "1.5",
    "1,5",
    "600 00",
    "1,200.000",
    "about 600 000",
    "6e5",
    "12345678901234567890",
  ])("refuses the population %j", (typed) => {
    expect(errorsOf({ population: typed })).toEqual({ population: ["population"] });
  });

  it("takes years from 1800 to the current one", () => {
    const thisYear = String(new Date().getUTCFullYear());
    expect(errorsOf({ year: "1800" })).toEqual({});
    expect(errorsOf({ year: thisYear })).toEqual({});
    for (const year of ["1799", String(Number(thisYear) + 1), "20", "2020a", "20200"])
      expect(errorsOf({ year })).toEqual({ year: ["yearRange"] });
  });

  it("puts each error beside its field", () => {
    expect(errorsOf({ diasporaId: "", hostCountry: "" })).toEqual({
      diasporaId: ["chooseOneDiaspora"],
      hostCountry: ["chooseCountry"],
    });
    expect(errorsOf({ diasporaId: "armenian", hostCountry: "fr", sourceId: "article" })).toEqual({
      diasporaId: ["invalid"],
      hostCountry: ["invalid"],
      sourceId: ["invalid"],
    });
    expect(errorsOf({ "note.en": "x".repeat(301), "note.ru": "<b>600</b>", "note.hy": "600\u202E000" })).toEqual({
      "note.en": ["tooLong"],
      "note.ru": ["markup"],
      "note.hy": ["invisibleCharacters"],
    });
    expect(errorsOf({ locator: "p".repeat(201) })).toEqual({ locator: ["tooLong"] });
    expect(errorsOf({ sourceId: "", locator: "p. 12" })).toEqual({ locator: ["locatorWithoutSource"] });
    expect(errorsOf({ "note.Русский": "x" })).toEqual({ "note.Русский": ["invalid"] });
  });
});

describe("presence diff and title", () => {
  const base = toSnapshot(presenceFormSchema.parse(presenceInput(form)));
  const names = {
    diaspora: (id: string) => (id === DIASPORA ? "Armenian diaspora" : id),
    country: (code: string) => (code === "FR" ? "France" : code),
    source: () => "Census [census]",
  };

  it("lists only the fields that differ, by name", () => {
    const next: PresenceSnapshot = { ...base, population: 650000, note: { ...base.note, hy: "ավելի քան 600 000" } };
    expect(diffFlat(flattenPresence(base, names), flattenPresence(next, names))).toEqual([
      { field: "population", before: "600000", after: "650000" },
      { field: "note.hy", before: "", after: "ավելի քան 600 000" },
    ]);
    expect(
      diffFlat(null, flattenPresence(base, names))
        .filter((c) => ["diasporaId", "hostCountry", "sourceId"].includes(c.field))
        .map((c) => c.after),
    ).toEqual(["Armenian diaspora", "France", "Census [census]"]);
  });

  it("reads as diaspora — country, year", () => {
    expect(presenceTitle(base, "en", names)).toEqual({
      value: "Armenian diaspora — France, 2020",
      locale: "en",
      isFallback: false,
    });
    expect(presenceTitle({ ...base, year: null }, "en", names).value).toBe("Armenian diaspora — France");
  });
});

describe("presence form errors together", () => {
  it("says a locator needs a source even when other fields are wrong too", () => {
    expect(errorsOf({ diasporaId: "", year: "1700", sourceId: "", locator: "p. 3" })).toEqual({
      diasporaId: ["chooseOneDiaspora"],
      year: ["yearRange"],
      locator: ["locatorWithoutSource"],
    });
    expect(errorsOf({ sourceId: "", locator: "<b>p. 3</b>" })).toEqual({ locator: ["markup"] });
  });
});
