import { describe, expect, it } from "vitest";
import { diffFlat } from "@/lib/curation/diff";
import { flattenEvent } from "./diff";
import { eventInput, eventIssuesByField, eventValues } from "./form-values";
import { eventFormSchema, precisionOf, toSnapshot, type EventSnapshot } from "./schema";

const DIASPORA = "5b1f1d7e-8a33-4c1e-9f52-0c7f4a1d2b3c";
const ORGANIZER = "0c0b5a52-3f0e-4d6a-9a57-7a1d3c1d9e21";
const form = {
  version: "2",
  slug: "days-of-armenian-culture-lyon-2024",
  type: "CULTURAL_DAYS",
  start: " 2024-05-09 ",
  end: "2024-05-12",
  "title.ru": " Дни армянской культуры в Лионе ",
  "title.en": "Days of Armenian Culture in Lyon",
  "city.en": "Lyon",
  "city.hy": "",
  "recurrence.en": "",
  "description.en": "",
  countryCode: "FR",
  onlineUrl: "",
  organizerIds: ORGANIZER,
  diasporaIds: [DIASPORA],
};

const parse = (overrides: Record<string, string | string[]> = {}) =>
  eventFormSchema.safeParse(eventInput({ ...form, ...overrides }));
const errorsOf = (overrides: Record<string, string | string[]>) => {
  const result = parse(overrides);
  return result.success ? {} : eventIssuesByField(result.error);
};

describe("event form", () => {
  it("parses the posted fields into a snapshot, dropping empty texts, and round-trips through the edit form", () => {
    const snapshot = toSnapshot(eventFormSchema.parse(eventInput(form)));
    expect(snapshot).toEqual({
      slug: "days-of-armenian-culture-lyon-2024",
      type: "CULTURAL_DAYS",
      start: "2024-05-09",
      end: "2024-05-12",
      // The box was not ticked: the date is the event's own.
      dateBasis: "STATED",
      translations: [
        // What a curator enters is marked as theirs (decision 0024).
        {
          locale: "en",
          title: "Days of Armenian Culture in Lyon",
          description: null,
          city: "Lyon",
          recurrence: null,
          titleProvenance: "CURATOR",
          descriptionProvenance: null,
        },
        {
          locale: "ru",
          title: "Дни армянской культуры в Лионе",
          description: null,
          city: null,
          recurrence: null,
          titleProvenance: "CURATOR",
          descriptionProvenance: null,
        },
      ],
      countryCode: "FR",
      onlineUrl: null,
      organizerIds: [ORGANIZER],
      diasporaIds: [DIASPORA],
    });
    expect(toSnapshot(eventFormSchema.parse(eventInput(eventValues(snapshot, { version: 2 }))))).toEqual(snapshot);
  });

  it("takes a ticked box as a date that is only the report's, and round-trips it through the edit form", () => {
    const snapshot = toSnapshot(
      eventFormSchema.parse(eventInput({ ...form, start: "2018-06", end: "", dateBasis: "REPORT" })),
    );
    expect(snapshot).toMatchObject({ start: "2018-06", dateBasis: "REPORT" });
    expect(eventValues(snapshot, { version: 2 }).dateBasis).toBe("REPORT");
    expect(toSnapshot(eventFormSchema.parse(eventInput(eventValues(snapshot, { version: 2 }))))).toEqual(snapshot);
    // A revision saved before the field existed leaves the box unticked.
    const { dateBasis: _basis, ...older } = snapshot;
    expect(eventValues(older, { version: 2 })).not.toHaveProperty("dateBasis");
  });

  it("takes a date to the day, the month or the year, and no date at all", () => {
    expect(precisionOf("2024-05-09")).toBe("DAY");
    expect(precisionOf("2024-05")).toBe("MONTH");
    expect(precisionOf("2024")).toBe("YEAR");
    expect(parse({ start: "2019-05", end: "2019-06" }).success).toBe(true);
    expect(parse({ start: "2011", end: "" }).success).toBe(true);
    expect(parse({ start: "", end: "" }).success).toBe(true);
    expect(parse({ start: "2024-02-29", end: "" }).success).toBe(true);
  });

  it.each([
    [{ start: "2024-02-30" }, { start: ["noSuchDate"] }],
    [{ start: "2023-02-29", end: "" }, { start: ["noSuchDate"] }],
    [{ end: "2024-13" }, { end: ["noSuchDate"] }],
    [{ start: "9 May 2024" }, { start: ["dateFormat"] }],
    [{ start: "2024/05/09" }, { start: ["dateFormat"] }],
    [{ start: "1700", end: "" }, { start: ["dateYear"] }],
    [{ start: "", end: "2024-05-12" }, { end: ["endWithoutStart"] }],
    [{ start: "2024-05-12", end: "2024-05-09" }, { end: ["endBeforeStart"] }],
    [{ start: "2024", end: "2023" }, { end: ["endBeforeStart"] }],
    [{ start: "2024-05-09", end: "2024-06" }, { end: ["datePrecision"] }],
    // Only a date can be the report's.
    [{ start: "", end: "", dateBasis: "REPORT" }, { dateBasis: ["dateBasisWithoutDate"] }],
    [{ dateBasis: "GUESSED" }, { dateBasis: ["invalid"] }],
  ])("refuses the dates %j", (overrides, errors) => {
    expect(errorsOf(overrides)).toEqual(errors);
  });

  it("puts each error beside its field", () => {
    expect(
      errorsOf({
        "title.ru": "",
        "title.en": "",
        type: "",
        countryCode: "France",
        onlineUrl: "javascript:alert(1)",
        organizerIds: ["nope"],
        diasporaIds: [],
        "recurrence.hy": "<b>yearly</b>",
      }),
    ).toEqual({
      "title.ru": ["titleRequired"],
      type: ["chooseEventType"],
      countryCode: ["invalid"],
      onlineUrl: ["url"],
      organizerIds: ["invalid"],
      diasporaIds: ["chooseDiaspora"],
      "recurrence.hy": ["markup"],
    });
    expect(errorsOf({ type: "PARTY" })).toEqual({ type: ["invalid"] });
  });
});

describe("event diff", () => {
  const base = toSnapshot(eventFormSchema.parse(eventInput(form)));
  it("shows a change of what the date stands for, and nothing for a revision saved before the field existed", () => {
    const labels = {
      dateBasis: (v: string) => (v === "REPORT" ? "the report's publication date" : "the event's own date"),
    };
    expect(diffFlat(flattenEvent(base, labels), flattenEvent({ ...base, dateBasis: "REPORT" }, labels))).toEqual([
      { field: "dateBasis", before: "the event's own date", after: "the report's publication date" },
    ]);
    const { dateBasis: _basis, ...older } = base;
    expect(flattenEvent(older, labels).has("dateBasis")).toBe(false);
  });

  it("lists only the fields that differ, with types, countries and organizers by name", () => {
    const next: EventSnapshot = { ...base, start: "2024-05", end: null, type: "FESTIVAL", organizerIds: [] };
    const labels = {
      eventType: (v: string) => (v === "FESTIVAL" ? "Festival" : "Days of culture"),
      organization: (id: string) => (id === ORGANIZER ? "Armenian Youth of Lyon" : id),
      country: (c: string) => (c === "FR" ? "France" : c),
    };
    expect(diffFlat(flattenEvent(base, labels), flattenEvent(next, labels))).toEqual([
      { field: "type", before: "Days of culture", after: "Festival" },
      { field: "start", before: "2024-05-09", after: "2024-05" },
      { field: "end", before: "2024-05-12", after: "" },
      { field: "organizerIds", before: "Armenian Youth of Lyon", after: "" },
    ]);
    expect(diffFlat(null, flattenEvent(base, labels)).find((c) => c.field === "countryCode")).toEqual({
      field: "countryCode",
      before: "",
      after: "France",
    });
  });
});
