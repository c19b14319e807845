// What one row of an import file says about an entry, read from CSV or JSON into one shape, before the kind's own
// schema (lib/curation/*-schema.ts) validates it. References are public keys (slugs), resolved against the database.
import type { Texts } from "@/lib/exports/records";

export type OrganizationImport = {
  slug: string;
  /** Empty: a diaspora organization (the form's and the database's default). */
  category: string;
  name: Texts;
  description: Texts;
  city: Texts;
  /** Other names per language, one a line; absent (a file without the column): the stored ones are kept. */
  altNames?: Texts;
  acronym: string;
  types: string[];
  groups: string[];
  status: string;
  /** Undefined: the file has no such column, and an existing entry keeps its date; empty: none. */
  dissolvedOn?: string;
  foundedYear: string;
  languages: string[];
  countries: string[];
  diasporas: string[];
  channels: { kind: string; url: string; languages: string[] }[];
  /**
   * WEBSITE, SOCIAL_MEDIA, INTERNET as the file gives them (the kind's schema judges the values). Undefined: the file
   * has no such column, and an existing entry keeps what it has (decision 0027); empty: none.
   */
  onlinePresence?: string[];
};

export type EventImport = {
  slug: string;
  type: string;
  start: string;
  end: string;
  /** Undefined: the file has no such column, and an existing entry keeps its date basis; empty: STATED. */
  dateBasis?: string;
  title: Texts;
  description: Texts;
  city: Texts;
  recurrence: Texts;
  country: string;
  onlineUrl: string;
  diasporas: string[];
  organizers: string[];
};

export type ImportRecord = OrganizationImport | EventImport;

/** A row as read from the file: its number as a person counts it (the CSV header is row 1), or why it could not be read. */
export type ReadRow = { row: number; record: ImportRecord } | { row: number; slug: string; error: string };
