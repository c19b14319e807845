// Citations of an atlas page in APA (7th ed., a page that changes over time: retrieval date), Chicago (17th ed.,
// bibliography entry for web content), BibTeX (@misc with biblatex's url/urldate/version) and CSL-JSON.
// Pure: the words come in as terms, dates are formatted with Intl in the terms' language.
import { bibtexEntry, type BibtexField } from "./bibtex";
import { gostEntry } from "./gost";
import type { CitableWork, CitationPart, CitationTerms, Citations } from "./types";

const dateParts = (iso: string) => iso.split("-").map(Number) as [number, number, number];
const utc = (iso: string) => {
  const [year, month, day] = dateParts(iso);
  return new Date(Date.UTC(year, month - 1, day));
};

/** "May 1, 2026", "1 мая 2026 г.": the long date in the citation's language. */
export function longDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(
    utc(iso),
  );
}

/** APA's "2025, March 4" (year first, then the day in the language's order). */
function apaDate(iso: string, locale: string): string {
  const dayMonth = new Intl.DateTimeFormat(locale, { month: "long", day: "numeric", timeZone: "UTC" }).format(utc(iso));
  return `${dateParts(iso)[0]}, ${dayMonth}`;
}

/** Adds a period unless the text already ends with one (or another closing mark). */
const period = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The BibTeX key and CSL id: kind, slug, version and the citation's language, e.g. "organization-ojag-v3-hy".
 * ASCII, since slugs and language codes are. The language keeps the English and the Armenian citation of one
 * entry apart in a reference library: their titles and notes differ.
 */
export function citationId(work: CitableWork, locale: string): string {
  return [work.kind, work.key, work.version === null ? null : `v${work.version}`, locale].filter(Boolean).join("-");
}

/**
 * A versioned permanent link is an archived, unchanging copy: APA 7 asks for a retrieval date only for content
 * "designed to change over time and not archived", and Chicago 17 (14.12) does not require access dates.
 */
const needsAccessDate = (work: CitableWork) => work.version === null;

export function apa(work: CitableWork, terms: CitationTerms): CitationPart[] {
  const version = work.version === null ? "" : ` (${terms.version(work.version)})`;
  return [
    { text: `${period(terms.siteName)} (${apaDate(work.published, terms.locale)}). ` },
    { text: work.title, italic: true },
    {
      text: `${version} [${terms.kindLabel}]. ${
        needsAccessDate(work) ? terms.retrieved(longDate(work.accessed, terms.locale), work.url) : work.url
      }`,
    },
  ];
}

export function chicago(work: CitableWork, terms: CitationTerms): CitationPart[] {
  const parts = [
    period(terms.siteName),
    terms.quotedTitle(work.title),
    work.version === null ? null : period(terms.version(work.version)),
    period(terms.modified(longDate(work.published, terms.locale))),
    needsAccessDate(work) ? period(terms.accessed(longDate(work.accessed, terms.locale))) : null,
    period(work.url),
  ];
  return [{ text: parts.filter(Boolean).join(" ") }];
}

export function bibtex(work: CitableWork, terms: CitationTerms): string {
  return bibtexEntry("misc", citationId(work, terms.locale), [
    ["author", terms.siteName, "protected"],
    ["title", work.title, "protected"],
    ["year", work.published.slice(0, 4)],
    ["date", work.published],
    ...(work.version === null ? [] : [["version", String(work.version)] satisfies BibtexField]),
    ["howpublished", terms.siteName],
    ["type", terms.kindLabel],
    ["url", work.url, "verbatim"],
    ["urldate", work.accessed],
  ]);
}

/** A CSL-JSON item (the input format of citeproc, Zotero and pandoc). */
export function cslItem(work: CitableWork, terms: CitationTerms) {
  return {
    id: citationId(work, terms.locale),
    type: "webpage",
    title: work.title,
    author: [{ literal: terms.siteName }],
    "container-title": terms.siteName,
    genre: terms.kindLabel,
    ...(work.version === null ? {} : { version: String(work.version) }),
    issued: { "date-parts": [dateParts(work.published)] },
    accessed: { "date-parts": [dateParts(work.accessed)] },
    URL: work.url,
    language: work.titleLocale,
  };
}

/**
 * Pretty JSON with date parts on one line: [[2025, 3, 4]]. Only arrays the printer broke over lines are touched
 * (a raw newline never occurs inside a JSON string), so no text value can change.
 */
const compactNumbers = (json: string) =>
  json
    .replace(/\[\n\s*(-?\d+(?:,\n\s*-?\d+)*)\n\s*\]/g, (_, list: string) => `[${list.split(/,\n\s*/).join(", ")}]`)
    .replace(/\[\n\s*(\[[-\d, ]+\])\n\s*\]/g, "[$1]");

export const plainText = (parts: CitationPart[]) => parts.map((p) => p.text).join("");

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The citation as HTML for the clipboard, so a word processor keeps APA's italics. */
export const htmlText = (parts: CitationPart[]) =>
  parts.map((p) => (p.italic ? `<i>${escapeHtml(p.text)}</i>` : escapeHtml(p.text))).join("");

export function formatCitations(work: CitableWork, terms: CitationTerms): Citations {
  return {
    apa: apa(work, terms),
    chicago: chicago(work, terms),
    gost: gostEntry(work, terms.siteName),
    bibtex: bibtex(work, terms),
    cslJson: `${compactNumbers(JSON.stringify([cslItem(work, terms)], null, 2))}\n`,
    id: citationId(work, terms.locale),
  };
}
