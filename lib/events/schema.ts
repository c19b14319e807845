// The event form's one schema, shared by the browser and the server action. Field names in the form ("title.ru",
// "start", "organizerIds") are the schema's paths, so an issue's path is the field its error sits beside.
import { z } from "zod";
import { EventDateBasis, EventType } from "@/lib/db/generated/enums";
import type { TextProvenance } from "@/lib/sources/text-provenance";
import { parsePartialDate, type DatePrecision } from "@/lib/events/partial-date";
import { perLocale } from "@/lib/curation/per-locale";
import { optionalWebUrl, slug, uuid } from "@/lib/curation/validation";

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

/** The precision a typed date is written to ("2013" → YEAR), or null when it is not a real date in range. */
export function precisionOf(value: string): DatePrecision | null {
  if (!PARTIAL_DATE.test(value)) return null;
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  try {
    return parsePartialDate(value).precision;
  } catch {
    return null;
  }
}

/** "2024-05-09", "2024-05" or "2024" (so the precision is what was typed), or "" for no date. */
const partialDate = z
  .string("invalid")
  .trim()
  .max(40, "dateFormat")
  .superRefine((value, ctx) => {
    if (value === "" || precisionOf(value)) return;
    const year = Number(value.slice(0, 4));
    const code = !PARTIAL_DATE.test(value)
      ? "dateFormat"
      : year < MIN_YEAR || year > MAX_YEAR
        ? "dateYear"
        : "noSuchDate";
    ctx.addIssue({ code: "custom", message: code });
  });

// "example.org" is saved as "https://example.org".
const optionalUrl = optionalWebUrl;

export const eventFormSchema = z
  .object({
    id: uuid.optional(),
    version: z.coerce.number("invalid").int("invalid").min(0, "invalid").max(1_000_000, "invalid"),
    slug,
    title: perLocale(300),
    description: perLocale(5000),
    city: perLocale(120),
    recurrence: perLocale(200),
    type: z.string("invalid").min(1, "chooseEventType").pipe(z.enum(EventType, "invalid")),
    start: partialDate,
    end: partialDate,
    // REPORT: the start date is the publication date of the report describing the event, not the event's own.
    dateBasis: z.enum(EventDateBasis, "invalid"),
    countryCode: z.string("invalid").regex(/^([A-Z]{2})?$/, "invalid"),
    onlineUrl: optionalUrl,
    organizerIds: z.array(uuid).max(30, "tooMany"),
    diasporaIds: z.array(uuid).min(1, "chooseDiaspora").max(10, "tooMany"),
  })
  .superRefine((value, ctx) => {
    if (!value.title.ru && !value.title.en)
      ctx.addIssue({ code: "custom", path: ["title", "ru"], message: "titleRequired" });
    // Without a date there is no report's date to qualify.
    if (value.dateBasis === EventDateBasis.REPORT && !value.start)
      ctx.addIssue({ code: "custom", path: ["dateBasis"], message: "dateBasisWithoutDate" });
    if (!value.end) return;
    const end = (message: string) => ctx.addIssue({ code: "custom", path: ["end"], message });
    if (!value.start) return end("endWithoutStart");
    const [from, to] = [precisionOf(value.start), precisionOf(value.end)];
    // Invalid dates already carry their own error.
    if (!from || !to) return;
    // One precision is stored for both ends of the period.
    if (from !== to) return end("datePrecision");
    if (value.end < value.start) end("endBeforeStart");
  });

/** An admin's import (lib/import) may leave an event linked to no diaspora, as the seed's CIS-wide events are. */
export const eventImportSchema = eventFormSchema.safeExtend({ diasporaIds: z.array(uuid).max(10, "tooMany") });

export type EventFormInput = z.input<typeof eventFormSchema>;
export type EventForm = z.output<typeof eventFormSchema>;

/**
 * The event's editable fields as stored in a revision's snapshot and compared in the moderation diff. Dates are
 * written to their precision ("2013", "2019-05", "2019-05-09"), which is how Event.datePrecision is derived.
 * Sources and citations are not part of it.
 */
export type EventSnapshot = {
  slug: string;
  type: EventType;
  start: string | null;
  end: string | null;
  /**
   * STATED: the event's own date; REPORT: the publication date of the report that describes it. Absent in revisions
   * saved before the field existed: applying one leaves it as it is.
   */
  dateBasis?: EventDateBasis;
  translations: {
    locale: string;
    title: string | null;
    description: string | null;
    city: string | null;
    recurrence: string | null;
    /** Where the text comes from (decision 0024); absent in revisions stored before provenance was kept. */
    titleProvenance?: TextProvenance | null;
    descriptionProvenance?: TextProvenance | null;
  }[];
  countryCode: string | null;
  onlineUrl: string | null;
  organizerIds: string[];
  diasporaIds: string[];
};

const orNull = (value: string | undefined) => (value ? value : null);

export function toSnapshot(form: EventForm): EventSnapshot {
  const texts = [form.title, form.description, form.city, form.recurrence];
  const locales = [...new Set(texts.flatMap((t) => Object.keys(t)))].sort();
  return {
    slug: form.slug,
    type: form.type,
    start: orNull(form.start),
    end: orNull(form.end),
    dateBasis: form.dateBasis,
    translations: locales
      .map((locale) => ({
        locale,
        title: orNull(form.title[locale]),
        description: orNull(form.description[locale]),
        city: orNull(form.city[locale]),
        recurrence: orNull(form.recurrence[locale]),
        // What a curator enters is theirs; the kind's `keep` gives text left unchanged its earlier provenance.
        titleProvenance: form.title[locale] ? ("CURATOR" as const) : null,
        descriptionProvenance: form.description[locale] ? ("CURATOR" as const) : null,
      }))
      .filter((t) => t.title || t.description || t.city || t.recurrence),
    countryCode: orNull(form.countryCode),
    onlineUrl: orNull(form.onlineUrl),
    organizerIds: [...new Set(form.organizerIds)].sort(),
    diasporaIds: [...new Set(form.diasporaIds)].sort(),
  };
}
