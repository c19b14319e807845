// Cache tags: which cached reads ("use cache" in lib/*/cached.ts) a published change must expire. An entry's tag
// (by its public key: slug, citation key, country code) is carried by every cached read that shows that entry;
// a kind's tag by every read that lists, counts or searches entries of the kind. docs/decisions/0016.
export const LIST_TAGS = ["organizations", "events", "presences", "sources"] as const;
export type ListTag = (typeof LIST_TAGS)[number];

export const cacheTags = {
  organization: (slug: string) => `organization:${slug}`,
  event: (slug: string) => `event:${slug}`,
  /** A diaspora's page: its presence figures, organizations and events. */
  diaspora: (slug: string) => `diaspora:${slug}`,
  /** A host country's page: the diasporas present, organizations based and events held there. */
  country: (code: string) => `country:${code}`,
  source: (key: string) => `source:${key}`,
  list: (kind: ListTag) => kind,
  /** What the link monitor found (lib/links): the statistics of digital presence over time and site languages. */
  linkChecks: "link-checks",
};

/** Tags of the sources a page cites, so a corrected source expires the pages that show it. */
export function citationTags(citations: readonly { source: { key: string } }[]): string[] {
  return [...new Set(citations.map((c) => cacheTags.source(c.source.key)))];
}

// Next refuses more than 128 tags on one entry; a page citing more than this also carries the kind's tag.
const MAX_ENTRY_TAGS = 120;

/** At most MAX_ENTRY_TAGS tags; past that, the kind's own tag stands in for the entries it lists. */
export function boundedTags(tags: string[], fallback: ListTag): string[] {
  const unique = [...new Set(tags)];
  return unique.length <= MAX_ENTRY_TAGS ? unique : [...unique.slice(0, MAX_ENTRY_TAGS), cacheTags.list(fallback)];
}
