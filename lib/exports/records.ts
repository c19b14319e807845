// What an export holds per entry, whatever its format: every language of every translatable field, references by
// their public keys (slugs, country codes) so a file can be imported into another database, and a few read-only
// facts (id, version, last change, the entry's events) that imports ignore.
import { locales as uiLocales } from "@/lib/i18n/routing";
import type { LinkState } from "@/lib/links/link-state";

/** Text per language (BCP-47 code → text). */
export type Texts = Record<string, string>;

export type OrganizationRecord = {
  id: string;
  slug: string;
  /** DIASPORA_ORGANIZATION or RELATED_INSTITUTION (docs/decisions/0025-related-institutions.md). */
  category: string;
  name: Texts;
  description: Texts;
  city: Texts;
  /** Where each language's name and description come from (SOURCE, CURATOR, ATLAS, MACHINE, VISITOR); read-only. */
  nameProvenance: Texts;
  descriptionProvenance: Texts;
  /** Other names a source prints, per language, in order. */
  altNames: Record<string, string[]>;
  acronym: string | null;
  types: string[];
  groups: string[];
  status: string;
  /** The day it was dissolved, YYYY-MM-DD (only with status DISSOLVED). */
  dissolvedOn: string | null;
  foundedYear: number | null;
  languages: string[];
  countries: string[];
  diasporas: string[];
  /** Each with the link monitor's latest check (lib/links), or null before its first. */
  channels: { kind: string; url: string; languages: string[]; check: LinkState | null }[];
  /**
   * WEBSITE, SOCIAL_MEDIA, INTERNET: what a source attests without giving an address (decision 0027), in the order
   * the curation form stores it (sorted), so an export and its re-import compare equal.
   */
  onlinePresence: string[];
  events: { slug: string; start: string | null; title: Texts }[];
  /** The numbered sources, in the page's order: read-only, an import cites its file instead. */
  sources: ExportSource[];
  version: number;
  updatedAt: string;
};

export type ExportSource = {
  key: string;
  authors: string | null;
  title: string;
  publication: string | null;
  year: number | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  url: string | null;
  facts: string[];
  locator: string | null;
};

export type EventRecord = {
  id: string;
  slug: string;
  type: string;
  /** Written to its precision: "2013", "2019-05" or "2019-05-09". */
  start: string | null;
  end: string | null;
  /** STATED: the event's own date; REPORT: the publication date of the report that describes it. */
  dateBasis: string;
  title: Texts;
  description: Texts;
  city: Texts;
  recurrence: Texts;
  /** Where each language's title and description come from (SOURCE, CURATOR, ATLAS, MACHINE, VISITOR); read-only. */
  titleProvenance: Texts;
  descriptionProvenance: Texts;
  country: string | null;
  onlineUrl: string | null;
  diasporas: string[];
  organizers: string[];
  version: number;
  updatedAt: string;
};

export const ORGANIZATION_TEXTS = ["name", "city", "description"] as const;
export const EVENT_TEXT_FIELDS = ["title", "city", "recurrence", "description"] as const;

/** Column order for languages: Russian, English, the interface languages, then any other alphabetically. */
export function orderLocales(held: Iterable<string>): string[] {
  const rank = (code: string) => {
    const index = (uiLocales as readonly string[]).indexOf(code);
    return index === -1 ? uiLocales.length : index;
  };
  return [...new Set(held)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Each language's provenance of a text field, for the languages that have the text and a recorded provenance. */
export function provenanceOf<F extends string, P extends string>(
  rows: readonly ({ locale: string } & Partial<Record<F | P, string | null>>)[],
  field: F,
  provenance: P,
): Texts {
  const out: Texts = {};
  for (const row of rows) {
    const value = row[provenance];
    if (row[field] && typeof value === "string") out[row.locale] = value;
  }
  return out;
}

/** Translation rows as one Texts map per field, empty values left out. */
export function textsOf<F extends string>(
  rows: readonly ({ locale: string } & Partial<Record<F, string | null>>)[],
  field: F,
): Texts {
  const out: Texts = {};
  for (const row of rows) {
    const value = row[field];
    if (typeof value === "string" && value !== "") out[row.locale] = value;
  }
  return out;
}
