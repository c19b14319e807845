import type { DatePrecision } from "@/lib/events/partial-date";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { SearchKind } from "./match";
import type { SearchQuery } from "./query";

export type SearchHit = {
  kind: SearchKind;
  slug: string;
  name: LocalizedText | null;
  /** A name in another language that holds the match when the one shown does not (e.g. a Latin query, a Cyrillic name). */
  matchedName: LocalizedText | null;
  acronym: string | null;
  /** Organizations only: a related institution (a bank, an agency, a museum…), labelled as such. */
  relatedInstitution: boolean;
  city: LocalizedText | null;
  /** The description that holds the match, preferring the page's language; else the usual fallback. */
  description: LocalizedText | null;
  /** Events only: when it starts (ISO date) and how precisely that is known. */
  start: { date: string; precision: DatePrecision } | null;
};

/** `capped`: more matched than were examined (lib/search/match.ts CANDIDATE_LIMIT), `total` is a lower bound. */
export type SearchGroup = { kind: SearchKind; total: number; capped: boolean; hits: SearchHit[] };

export type SearchResults = { query: SearchQuery; groups: SearchGroup[]; total: number; capped: boolean };
