// What a citation of one of our pages needs: the page (kind, key, title in the reader's language), the version
// cited with the day it was published, its permanent address and the day it was read.

export const CITABLE_KINDS = ["organization", "event", "diaspora"] as const;
export type CitableKind = (typeof CITABLE_KINDS)[number];

export type CitableWork = {
  kind: CitableKind;
  /** The entry's slug: part of the citation key. */
  key: string;
  title: string;
  /** The language the title is in (BCP-47); may differ from the page's when a fallback was shown. */
  titleLocale: string;
  /** The entry's version (Organization.version, Event.version); null for pages without revisions. */
  version: number | null;
  /** The day this version was published, YYYY-MM-DD. */
  published: string;
  /** The permanent address of this version. */
  url: string;
  /** The day the reader accessed it, YYYY-MM-DD. */
  accessed: string;
};

/** The words a citation needs in the reader's language; built from the UI messages (terms.ts). */
export type CitationTerms = {
  /** The language the citation is written in, for dates (BCP-47). */
  locale: string;
  siteName: string;
  /** What the page is, as APA's bracketed description: "Organization profile". */
  kindLabel: string;
  version: (number: number) => string;
  /** APA's retrieval statement, e.g. "Retrieved May 1, 2026, from https://…". */
  retrieved: (date: string, url: string) => string;
  /** Chicago's quoted title with its closing punctuation: “Ojag.” or «Оджаг». */
  quotedTitle: (title: string) => string;
  /** Chicago: "Last modified March 4, 2025" (a period is added unless the date ends with one). */
  modified: (date: string) => string;
  /** Chicago: "Accessed May 1, 2026". */
  accessed: (date: string) => string;
};

/** A run of text, italic where the style sets the title in italics; join the texts for plain text. */
export type CitationPart = { text: string; italic?: boolean };

export type Citations = {
  apa: CitationPart[];
  chicago: CitationPart[];
  /** GOST R 7.0.100-2018, plain text (./gost.ts). */
  gost: string;
  bibtex: string;
  /** CSL-JSON: an array with one item, pretty-printed. */
  cslJson: string;
  /** The BibTeX key, also the CSL item id. */
  id: string;
};
