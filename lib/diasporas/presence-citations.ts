// Population figures (DiasporaPresence) carry their own source and locator instead of a citation row. On a
// page they are numbered into the same reference list as the entry's citations, so "[2]" beside a figure
// points at the exact place in the source.
import { citedSourceSelect, type Citation } from "@/lib/sources/citation";

export type CitedSource = Omit<Citation["source"], "accessedOn"> & { accessedOn: Date | null };
export type PresenceSourceRow = { source: CitedSource | null; locator: string | null };

export const presenceSourceSelect = {
  locator: true,
  source: {
    select: citedSourceSelect,
  },
} as const;

const FACT = "presences";

/**
 * Numbers the sources of `presences` into `citations`: a citation with the same source and locator is reused
 * (and marked as backing the presence figures); otherwise a new numbered citation is appended.
 * Returns the extended list and, for each presence in order, its source's number (null without a source).
 */
export function citePresences(
  citations: Citation[],
  presences: PresenceSourceRow[],
): { citations: Citation[]; numbers: (number | null)[] } {
  const list = citations.map((c) => ({ ...c, facts: [...c.facts] }));
  const numbers = presences.map(({ source, locator }) => {
    if (!source) return null;
    let citation = list.find((c) => c.source.key === source.key && (c.locator ?? null) === (locator ?? null));
    if (!citation) {
      const accessedOn = source.accessedOn ? source.accessedOn.toISOString().slice(0, 10) : null;
      citation = { number: list.length + 1, facts: [], locator, source: { ...source, accessedOn } };
      list.push(citation);
    }
    if (!citation.facts.includes(FACT)) citation.facts.push(FACT);
    return citation.number;
  });
  return { citations: list, numbers };
}
