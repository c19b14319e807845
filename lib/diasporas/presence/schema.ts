// The population-figure form's one schema (browser and server) and its snapshot. Field names are the schema's
// paths ("population", "note.hy"), so each issue lands beside its field (./form-values.ts maps the posted form).
import { z } from "zod";
import { LOCALE_CODE } from "@/lib/curation/per-locale";
import { plainText, uuid } from "@/lib/curation/validation";

export const MAX_POPULATION = 2_000_000_000;
export const FIRST_YEAR = 1800;

// "600000", or digits grouped in threes by one kind of separator: "600 000", "600,000", "1.200.000", "600’000".
const GROUPED = /^\d{1,3}(?:([ \u00A0\u202F,.'’])\d{3})(?:\1\d{3})*$/;

const population = z
  .string("invalid")
  .max(40, "population")
  .transform((value) => value.trim())
  .refine((value) => value === "" || /^\d+$/.test(value) || GROUPED.test(value), "population")
  .transform((value) => (value === "" ? null : Number(value.replace(/\D/g, ""))))
  .refine((value) => value === null || (value >= 1 && value <= MAX_POPULATION), "population");

const year = z
  .string("invalid")
  .trim()
  .max(4, "yearRange")
  .refine(
    (v) => v === "" || (/^\d{4}$/.test(v) && Number(v) >= FIRST_YEAR && Number(v) <= new Date().getUTCFullYear()),
    "yearRange",
  );

/** Qualifiers per language ({"ru": "более 600 000"}); empty ones are dropped. */
const note = z
  .record(z.string().regex(LOCALE_CODE, "invalid"), plainText(300), "invalid")
  .transform((record) => Object.fromEntries(Object.entries(record).filter(([, text]) => text !== "")))
  .refine((record) => Object.keys(record).length <= 20, "tooMany");

export const presenceFormSchema = z
  .object({
    id: uuid.optional(),
    version: z.coerce.number("invalid").int("invalid").min(0, "invalid").max(1_000_000, "invalid"),
    diasporaId: z
      .string("invalid")
      .refine((v) => v !== "", "chooseOneDiaspora")
      .refine((v) => v === "" || uuid.safeParse(v).success, "invalid"),
    // The form says hostCountry: "countryCode" already labels an event's country in diffs (Curate.fields).
    hostCountry: z
      .string("invalid")
      .refine((v) => v !== "", "chooseCountry")
      .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "invalid"),
    population,
    year,
    note,
    inferredFrom: note,
    sourceId: z.string("invalid").refine((v) => v === "" || uuid.safeParse(v).success, "invalid"),
    locator: plainText(200),
  })
  .refine((value) => !value.locator || value.sourceId !== "", {
    path: ["locator"],
    message: "locatorWithoutSource",
    // Said together with the other fields' errors, unless the locator or the source is itself invalid.
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === "locator" || issue.path?.[0] === "sourceId"),
  });

export type PresenceForm = z.output<typeof presenceFormSchema>;

/** A population figure's editable fields as stored in a revision's snapshot and compared in the diff. */
export type PresenceSnapshot = {
  diasporaId: string;
  countryCode: string;
  population: number | null;
  year: number | null;
  /** Qualifier per locale, keys sorted; {} when there is none. */
  note: Record<string, string>;
  /**
   * What the presence is inferred from per locale, when the source does not state it ("inferred from …"); {} when it
   * is stated. Absent in revisions stored before the field existed.
   */
  inferredFrom?: Record<string, string>;
  sourceId: string | null;
  locator: string | null;
};

export const sortedNote = (note: Record<string, string>) =>
  Object.fromEntries(Object.entries(note).sort(([a], [b]) => a.localeCompare(b)));

export function toSnapshot(form: PresenceForm): PresenceSnapshot {
  return {
    diasporaId: form.diasporaId,
    countryCode: form.hostCountry,
    population: form.population,
    year: form.year ? Number(form.year) : null,
    note: sortedNote(form.note),
    inferredFrom: sortedNote(form.inferredFrom),
    sourceId: form.sourceId || null,
    locator: form.locator || null,
  };
}
