import "server-only";
import { loadHits } from "./load-hits";
import { rankMatches, type SearchKind } from "./match";
import { parseSearchQuery } from "./query";
import type { SearchResults } from "./types";

export const SEARCH_KINDS: SearchKind[] = ["organization", "event", "diaspora"];

type Options = { q: string | undefined; locale: string; perKind: Record<SearchKind, number> };

/** One query over organizations, events and diasporas: each kind's best hits (`perKind`) and its total. */
export async function searchAll({ q, locale, perKind }: Options): Promise<SearchResults> {
  const query = parseSearchQuery(q);
  const groups = await Promise.all(
    SEARCH_KINDS.map(async (kind) => {
      const { ids, total, capped } = await rankMatches(kind, query, perKind[kind]);
      return { kind, total, capped, hits: await loadHits(kind, ids, locale, query.terms) };
    }),
  );
  return { query, groups, total: groups.reduce((sum, g) => sum + g.total, 0), capped: groups.some((g) => g.capped) };
}
