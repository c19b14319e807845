import type { SourceFields } from "./format-source";

/** A numbered reference on an entry's page (organization, event, diaspora), with the facts it backs. */
export type Citation = {
  number: number;
  facts: string[];
  locator: string | null;
  source: SourceFields & {
    key: string;
    doi: string | null;
    url: string | null;
    archiveUrl: string | null;
    accessedOn: string | null;
    note: string | null;
  };
};

/** The fields of a source a citation prints: the one select every page, citation and export reads a source with. */
export const citedSourceSelect = {
  key: true,
  authors: true,
  title: true,
  publication: true,
  publisher: true,
  place: true,
  year: true,
  volume: true,
  issue: true,
  pages: true,
  doi: true,
  url: true,
  archiveUrl: true,
  accessedOn: true,
  note: true,
} as const;

/** The Prisma select for a citation row (OrganizationSource, EventSource, DiasporaSource), in page order. */
export const citationSelect = {
  orderBy: { position: "asc" },
  select: {
    facts: true,
    locator: true,
    source: { select: citedSourceSelect },
  },
} as const;

type CitationRow = {
  facts: string[];
  locator: string | null;
  source: Omit<Citation["source"], "accessedOn"> & { accessedOn: Date | null };
};

/** Citation rows numbered from 1, as the page's reference list shows them. */
export function toCitations(rows: CitationRow[]): Citation[] {
  return rows.map((c, index) => ({
    number: index + 1,
    facts: c.facts,
    locator: c.locator,
    source: { ...c.source, accessedOn: c.source.accessedOn ? c.source.accessedOn.toISOString().slice(0, 10) : null },
  }));
}
