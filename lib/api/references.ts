// Pieces shared by several representations: references to other entries and numbered citations.
import { doiUrl } from "@/lib/sources/doi";
import type { Citation } from "@/lib/sources/citation";
import { localizedMap, type LocalizedMap } from "./localized";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

type NamedRow = { id: string; slug: string; translations: { locale: string; name: string | null }[] };
export type NamedRef = { id: string; slug: string; name: LocalizedMap };

/** The Prisma select for a diaspora or organization referred to from another entry. */
export const namedRefSelect = { id: true, slug: true, translations: { select: { locale: true, name: true } } } as const;

export function namedRef(row: NamedRow): NamedRef {
  return { id: row.id, slug: row.slug, name: localizedMap(row.translations, "name") };
}

/** References sorted by slug, so that a body (and its ETag) does not depend on row order. */
export function namedRefs(rows: NamedRow[]): NamedRef[] {
  return rows.map(namedRef).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

type EventRow = {
  id: string;
  slug: string;
  startDate: Date | null;
  endDate: Date | null;
  datePrecision: "DAY" | "MONTH" | "YEAR";
  translations: { locale: string; title: string | null }[];
};

export const eventRefSelect = {
  id: true,
  slug: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  translations: { select: { locale: true, title: true } },
} as const;

export function eventRef(row: EventRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: localizedMap(row.translations, "title"),
    start_date: isoDate(row.startDate),
    end_date: isoDate(row.endDate),
    date_precision: row.datePrecision,
  };
}

/** Latest first, undated last, then by slug. */
export function eventRefs(rows: EventRow[]) {
  const key = (r: EventRow) => r.startDate?.getTime() ?? -Infinity;
  return [...rows].sort((a, b) => key(b) - key(a) || (a.slug < b.slug ? -1 : 1)).map(eventRef);
}

/** A numbered reference, as on the entry's page: which facts it backs and where in the source. */
export function apiCitation(c: Citation) {
  const { accessedOn, ...source } = c.source;
  return {
    number: c.number,
    facts: c.facts,
    locator: c.locator,
    source: {
      key: source.key,
      authors: source.authors,
      title: source.title,
      publication: source.publication,
      publisher: source.publisher,
      place: source.place,
      year: source.year,
      volume: source.volume,
      issue: source.issue,
      pages: source.pages,
      doi: source.doi,
      doi_url: source.doi ? doiUrl(source.doi) : null,
      url: source.url,
      archive_url: source.archiveUrl,
      accessed_on: accessedOn,
      note: source.note,
    },
  };
}
