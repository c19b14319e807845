// The source (bibliography entry) form's one schema, shared by the browser and the server action. Field names in
// the form are the schema's paths, so an issue's path is the field its error sits beside.
import { z } from "zod";
import { DOI_PATTERN, normalizeDoi } from "@/lib/sources/doi";
import { completeUrl, isWebUrl, plainText, slug, uuid } from "@/lib/curation/validation";

/** The bibliographic fields in the order the form, the diff and the history show them. */
export const SOURCE_FIELDS = [
  "key",
  "authors",
  "title",
  "publication",
  "volume",
  "issue",
  "pages",
  "place",
  "publisher",
  "year",
  "doi",
  "url",
  "archiveUrl",
  "accessedOn",
  "note",
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  // "2023-02-30" parses as 2 March in some engines: the date must read back as typed.
  return ISO_DATE.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
/** Today where it is latest on Earth (UTC+14), so nobody's "today" reads as the future. */
const latestToday = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

// The fields a source shares with the new-source block of a curation form (lib/curation/sourcing.ts).
/** Works are cited from the age of print onwards; next year allows for an announced publication. */
export const sourceYear = z
  .string("invalid")
  .trim()
  .max(4, "sourceYear")
  .refine(
    (v) => v === "" || (/^\d{4}$/.test(v) && Number(v) >= 1500 && Number(v) <= new Date().getUTCFullYear() + 1),
    "sourceYear",
  );
/**
 * Plain text first (no markup), then a web address: one error, not two, for "javascript:". Empty allowed;
 * "example.org" is completed to "https://example.org".
 */
export const sourceUrl = plainText(500).pipe(
  z
    .string()
    .transform(completeUrl)
    .refine((v) => v === "" || isWebUrl(v), "url"),
);
/** YYYY-MM-DD, a real day, not after today. Empty allowed. */
export const accessDate = z
  .string("invalid")
  .trim()
  .max(10, "date")
  .superRefine((v, ctx) => {
    if (v === "") return;
    if (!isIsoDate(v)) ctx.addIssue({ code: "custom", message: "date" });
    else if (v > latestToday()) ctx.addIssue({ code: "custom", message: "futureDate" });
  });

export const sourceFormSchema = z.object({
  id: uuid.optional(),
  version: z.coerce.number("invalid").int("invalid").min(0, "invalid").max(1_000_000, "invalid"),
  key: slug,
  authors: plainText(1000),
  title: plainText(500).refine((value) => value !== "", "workTitleRequired"),
  publication: plainText(500),
  volume: plainText(50),
  issue: plainText(50),
  pages: plainText(50),
  place: plainText(200),
  publisher: plainText(300),
  year: sourceYear,
  // Stored bare; a pasted resolver link or "doi:" prefix is accepted and removed.
  doi: plainText(200).pipe(
    z
      .string()
      .transform(normalizeDoi)
      .refine((v) => v === "" || DOI_PATTERN.test(v), "doi"),
  ),
  // Plain text first (no markup), then a web address: one error, not two, for "javascript:".
  url: sourceUrl,
  archiveUrl: sourceUrl,
  accessedOn: accessDate,
  note: plainText(2000),
});

export type SourceForm = z.output<typeof sourceFormSchema>;

/** The entry's fields as stored in a revision's snapshot and compared in the moderation diff. */
export type SourceSnapshot = {
  key: string;
  authors: string | null;
  title: string;
  publication: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  place: string | null;
  publisher: string | null;
  year: number | null;
  /** Bare DOI, "10.xxxx/…". */
  doi: string | null;
  url: string | null;
  /** A web archive's copy of `url`. Absent in snapshots saved before the field existed. */
  archiveUrl?: string | null;
  /** YYYY-MM-DD. */
  accessedOn: string | null;
  note: string | null;
  /**
   * Not a form field: the diasporas of the entries citing the source when it was loaded (organizations, events,
   * diasporas, population figures), which decide who may edit it. Empty for a new source; never written.
   */
  citedIn: string[];
};

const orNull = (value: string) => (value ? value : null);

export function toSnapshot(form: SourceForm): SourceSnapshot {
  return {
    key: form.key,
    authors: orNull(form.authors),
    title: form.title,
    publication: orNull(form.publication),
    volume: orNull(form.volume),
    issue: orNull(form.issue),
    pages: orNull(form.pages),
    place: orNull(form.place),
    publisher: orNull(form.publisher),
    year: form.year ? Number(form.year) : null,
    doi: orNull(form.doi),
    url: orNull(form.url),
    archiveUrl: orNull(form.archiveUrl),
    accessedOn: orNull(form.accessedOn),
    note: orNull(form.note),
    citedIn: [],
  };
}
