// CSL-JSON output validated with ajv against the CSL input-data schema (citation-style-language/schema,
// schemas/input/csl-data.json, draft-07), restated here for the variables we write: required id and type,
// the item types, name and date variables, no unknown properties.
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { formatCitations } from "./format";
import type { CitableKind, CitableWork, CitationTerms } from "./types";

const ITEM_TYPES = [
  "article",
  "article-journal",
  "article-magazine",
  "article-newspaper",
  "bill",
  "book",
  "broadcast",
  "chapter",
  "classic",
  "collection",
  "dataset",
  "document",
  "entry",
  "entry-dictionary",
  "entry-encyclopedia",
  "figure",
  "graphic",
  "hearing",
  "interview",
  "legal_case",
  "legislation",
  "manuscript",
  "map",
  "motion_picture",
  "musical_score",
  "pamphlet",
  "paper-conference",
  "patent",
  "performance",
  "periodical",
  "personal_communication",
  "post",
  "post-weblog",
  "regulation",
  "report",
  "review",
  "review-book",
  "software",
  "song",
  "speech",
  "standard",
  "thesis",
  "treaty",
  "webpage",
];
const string = { type: "string" };
const names = { type: "array", items: { $ref: "#/definitions/name-variable" } };
const date = { $ref: "#/definitions/date-variable" };
const schema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "array",
  items: {
    type: "object",
    properties: {
      type: { type: "string", enum: ITEM_TYPES },
      id: { type: ["string", "number"] },
      language: string,
      author: names,
      issued: date,
      accessed: date,
      "container-title": string,
      genre: string,
      note: string,
      publisher: string,
      title: string,
      URL: string,
      version: string,
    },
    required: ["type", "id"],
    additionalProperties: false,
  },
  definitions: {
    "name-variable": {
      anyOf: [
        { properties: { family: string, given: string, literal: string, suffix: string }, additionalProperties: false },
      ],
    },
    "edtf-datatype": { type: "string", pattern: "[0-9,-,%,~,X,?,..,/]" },
    "date-variable": {
      anyOf: [
        { $ref: "#/definitions/edtf-datatype" },
        {
          properties: {
            "date-parts": {
              type: "array",
              items: { type: "array", items: { type: ["string", "number"] }, minItems: 1, maxItems: 3 },
              minItems: 1,
              maxItems: 2,
            },
            literal: string,
            raw: string,
          },
          additionalProperties: false,
        },
      ],
    },
  },
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const terms = (kind: CitableKind): CitationTerms => ({
  locale: "ru",
  siteName: "Атлас диаспор",
  kindLabel: kind,
  version: (n) => `Версия ${n}`,
  retrieved: (d, url) => `Получено ${d}, с ${url}`,
  quotedTitle: (t) => `«${t}».`,
  modified: (d) => `Последнее изменение: ${d}`,
  accessed: (d) => `Дата обращения: ${d}`,
});
const base: CitableWork = {
  kind: "organization",
  key: "ojag",
  title: "Оджаг",
  titleLocale: "ru",
  version: 3,
  published: "2025-03-04",
  url: "https://a.example/ru/organizations/ojag?version=3",
  accessed: "2026-05-01",
};

describe("CSL-JSON", () => {
  for (const work of [
    base,
    { ...base, kind: "event" as const, key: "victory-day", version: 1 },
    { ...base, kind: "diaspora" as const, key: "armenian", version: null },
  ]) {
    it(`is valid CSL input data for a ${work.kind}`, () => {
      const data = JSON.parse(formatCitations(work, terms(work.kind)).cslJson);
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it("the schema refuses what CSL would refuse (so the check above can fail)", () => {
    expect(validate([{ id: "x", type: "web-page" }])).toBe(false);
    expect(validate([{ id: "x", type: "webpage", issued: { "date-parts": [[2025, 3, 4, 1]] } }])).toBe(false);
    expect(validate([{ type: "webpage" }])).toBe(false);
    expect(validate([{ id: "x", type: "webpage", url: "lower-case is not a CSL variable" }])).toBe(false);
  });
});
