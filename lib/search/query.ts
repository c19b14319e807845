// A search query as typed, turned into terms the database can match safely. Whatever arrives — empty,
// 10 000 characters, punctuation, SQL — becomes a bounded list of letter-and-digit words or nothing.
import { searchSkeletons } from "./normalize";

export const MAX_QUERY_LENGTH = 200;
/** Words beyond this many are not searched for. */
export const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 64;

export type SearchTerm = {
  /** The word in lower case, for full-text search (a sequence of letters, marks and digits only). */
  word: string;
  /** Its Latin skeletons (lib/search/normalize.ts), for trigram matching and highlighting; usually one. */
  skeletons: string[];
};

export type SearchQuery = {
  /** The query as searched: trimmed, whitespace collapsed, cut to MAX_QUERY_LENGTH characters. */
  text: string;
  /** True when the query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
  terms: SearchTerm[];
};

const APOSTROPHES = /['’‘ʼʻ`´]/g;
/** A word starts with a letter or digit; combining marks may follow (never a lone mark). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export function parseSearchQuery(raw: string | undefined | null): SearchQuery {
  const clean = (raw ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
  const chars = Array.from(clean);
  const truncated = chars.length > MAX_QUERY_LENGTH;
  const text = truncated ? chars.slice(0, MAX_QUERY_LENGTH).join("").trim() : clean;
  // Words in compatibility form: a "number" such as ⑴ or a full-width letter is read as what it stands for ("(1)",
  // "a"), as PostgreSQL's text search would read it; otherwise "⑴" is one word to us and "(1)" to to_tsquery.
  const words = text.normalize("NFKC").toLowerCase().replace(APOSTROPHES, "").match(WORD) ?? [];
  const terms: SearchTerm[] = [];
  for (const whole of words) {
    const word = Array.from(whole).slice(0, MAX_TERM_LENGTH).join("");
    if (terms.some((t) => t.word === word)) continue;
    terms.push({ word, skeletons: searchSkeletons(word) });
    if (terms.length === MAX_TERMS) break;
  }
  return { text, truncated, terms };
}

/**
 * The terms as to_tsquery operands: every word must occur, words of three or more letters also as a prefix
 * ("азерб" finds "азербайджанский"). The words hold no operator characters, but the database's unaccent() may still
 * turn a letter into one (the modifier letter "ː" becomes ":"): preparedSearchSql() in match.ts removes those after
 * unaccent() and joins the operands with " & " itself.
 */
export function tsQueryOperands(terms: SearchTerm[]): { words: string[]; prefixes: boolean[] } {
  return { words: terms.map((t) => t.word), prefixes: terms.map((t) => Array.from(t.word).length >= 3) };
}

/** What to_tsquery reads as syntax rather than as a word (with whitespace, which separates operands). */
export const TSQUERY_SYNTAX = "&|!():'*<>\\";

/**
 * The terms that trigram matching must all find: words of three letters or more (shorter ones only match
 * through full-text search). None when one of them has no usable skeleton ("ъъъ"), which nothing can match.
 */
export function trigramTerms(terms: SearchTerm[]): SearchTerm[] {
  const long = terms.filter((t) => Array.from(t.word).length >= 3);
  const usable = long.every((t) => t.skeletons.every((s) => s !== "" && !s.includes(" ")));
  return usable ? long : [];
}

/** The lowest similarity minimumSimilarity() asks for: the trigram index's cut-off. */
export const INDEX_SIMILARITY = 0.39;

/**
 * How similar (pg_trgm word_similarity) a stored name must be to a term. One wrong letter in the middle of
 * an n-letter word keeps n − 2 of its n + 1 trigrams, a similarity of (n − 2) / (n + 4); we ask a little
 * less, (n − 3) / (n + 5), so that another ending also matches (армянской ~ армян), and at least
 * INDEX_SIMILARITY. Short terms must match almost exactly, so "ama" does not find every "am…".
 */
export function minimumSimilarity(skeleton: string): number {
  const n = Array.from(skeleton).length;
  if (n <= 4) return 0.75;
  if (n === 5) return 0.5;
  return Math.max(INDEX_SIMILARITY, (n - 3) / (n + 5));
}
