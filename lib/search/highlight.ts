// Marks the words of a text that a search matched, as plain segments (rendered as <mark> by React, so
// nothing from the database is ever treated as HTML). Mirrors what the database matches: prefixes,
// word forms (a shared stem), one wrong letter, and any spelling with the same Latin skeleton.
import { searchSkeletons } from "./normalize";
import type { SearchTerm } from "./query";

export type Segment = { text: string; match: boolean };

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’ʼʻ]*/gu;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

function skeletonsMatch(word: string, term: string): boolean {
  if (word !== "" && word === term) return true;
  if (term.length < 3) return false;
  if (word.startsWith(term)) return true;
  const shared = commonPrefix(word, term);
  if (shared >= 4 && shared >= Math.min(word.length, term.length) - 3) return true;
  if (term.length < 5) return false;
  return withinEdits(word, term, 1) || withinEdits(word.slice(0, term.length), term, 1);
}

/** Whether a word of a text is one the term finds: same word, a prefix, another form, one typo, any spelling. */
export function wordMatchesTerm(word: string, term: SearchTerm): boolean {
  const lower = word.normalize("NFC").toLowerCase();
  if (lower === term.word || (term.word.length >= 3 && lower.startsWith(term.word))) return true;
  const skeletons = searchSkeletons(word);
  return skeletons.some((w) => term.skeletons.some((t) => skeletonsMatch(w, t)));
}

/** The text cut into matched and unmatched segments (adjacent unmatched text joined). */
export function highlight(text: string, terms: SearchTerm[]): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments.at(-1);
    if (last && !last.match && !match) last.text += part;
    else segments.push({ text: part, match });
  };
  let position = 0;
  for (const found of text.matchAll(WORD)) {
    const word = found[0];
    if (!terms.some((term) => wordMatchesTerm(word, term))) continue;
    push(text.slice(position, found.index), false);
    push(word, true);
    position = found.index + word.length;
  }
  push(text.slice(position), false);
  return segments;
}

export function hasMatch(text: string, terms: SearchTerm[]): boolean {
  return highlight(text, terms).some((s) => s.match);
}

function firstMatchOffset(segments: Segment[]): number {
  let offset = 0;
  for (const segment of segments) {
    if (segment.match) return offset;
    offset += segment.text.length;
  }
  return -1;
}

/**
 * About `maxLength` characters of a long text, from a little before its first match, cut at spaces, with
 * "…" where text was left out; highlighted.
 */
export function excerpt(text: string, terms: SearchTerm[], maxLength = 240): Segment[] {
  const segments = highlight(text, terms);
  if (text.length <= maxLength) return segments;
  const first = firstMatchOffset(segments);
  let start = first > maxLength / 3 ? first - Math.floor(maxLength / 4) : 0;
  if (start > 0) start = Math.min(first, text.indexOf(" ", start) + 1 || start);
  let end = Math.min(text.length, start + maxLength);
  const lastSpace = text.lastIndexOf(" ", end);
  if (end < text.length && lastSpace > start) end = lastSpace;
  return [
    ...(start > 0 ? [{ text: "… ", match: false }] : []),
    ...highlight(text.slice(start, end).trim(), terms),
    ...(end < text.length ? [{ text: " …", match: false }] : []),
  ];
}
