// The "Latin skeleton": one spelling for a word however it was typed — Cyrillic or Latin, any common
// transliteration, with or without Turkic and other diacritics — so that trigram similarity can compare
// a query with a stored name. The same rules run in SQL as search_skeleton() (prisma/migrations/*_search);
// tests/integration/search-normalize.test.ts checks that both give the same result.
// See docs/decisions/0005-search.md.

/** Letters that vanish: apostrophes of every kind (O‘zbek, Tret'yakov) and the Cyrillic hard and soft signs. */
const DROPPED = /['’‘ʼʻ`´ъь]/g;

/** Letters that become several, before anything else (the cedilla would otherwise be stripped to plain s, c, t). */
const EXPANSIONS: [string, string][] = [
  ["ş", "sh"],
  ["ș", "sh"],
  ["ç", "ch"],
  ["ţ", "ts"],
  ["ț", "ts"],
  ["ß", "ss"],
  ["æ", "ae"],
  ["œ", "oe"],
  ["дж", "j"],
  ["җ", "j"],
  ["ж", "zh"],
  ["х", "h"],
  ["ц", "ts"],
  ["ч", "ch"],
  ["ш", "sh"],
  ["щ", "sh"],
  ["ю", "iu"],
  ["я", "ia"],
];

/** One letter for one letter (Russian, Ukrainian, Belarusian, Kazakh, Kyrgyz, Tatar Cyrillic; Turkic and other Latin). */
const LETTER_PAIRS =
  "аa бb вv гg дd еe ёe зz иi йi кk лl мm нn оo пp рr сs тt уu фf ыi эe іi їi єe ґg ўu " +
  "әa ғg қk ңn өo ұu үu һh ıi əe ğg łl øo đd";

/** Latin spellings of the same sound, applied to the whole string after transliteration. */
export const LATIN: [RegExp, string][] = [
  [/shch/g, "sh"],
  [/dzh/g, "j"],
  [/dj/g, "j"],
  [/kh/g, "h"],
  [/ck/g, "k"],
  [/c(?!h)/g, "ts"],
  [/x/g, "h"],
  [/y/g, "i"],
  [/q/g, "k"],
];

const letterMap = new Map(LETTER_PAIRS.split(" ").map((pair) => [pair[0]!, pair[1]!]));

/**
 * A text in lower-case Latin letters: Cyrillic and Turkic letters written in Latin, apostrophes and hard and soft
 * signs dropped, diacritics stripped; other scripts (Armenian, Georgian) kept as they are. Search skeletons and
 * imported events' addresses (lib/feeds/import/slug.ts) both start from it.
 */
export function transliterate(value: string): string {
  let s = value.normalize("NFC").toLowerCase().replace(DROPPED, "");
  for (const [from, to] of EXPANSIONS) s = s.replaceAll(from, to);
  s = [...s].map((c) => letterMap.get(c) ?? c).join("");
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** The Latin skeleton of a text: lower case, transliterated, folded, doubled letters collapsed. */
export function searchSkeleton(value: string): string {
  let s = transliterate(value);
  for (const [from, to] of LATIN) s = s.replace(from, to);
  return s
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/(.)\1+/gu, "$1")
    .trim();
}

/**
 * Every skeleton of a text: Azerbaijani ə is written e in some transliterations (Azərbaycan → Азербайджан)
 * and a in others (Vətən → Ватан), so a text with ə has a second skeleton with ə read as a.
 * SQL: search_skeletons() joins them with a space for the stored column.
 */
export function searchSkeletons(value: string): string[] {
  const primary = searchSkeleton(value);
  if (!/[əƏ]/.test(value)) return [primary];
  const variant = searchSkeleton(value.replace(/[əƏ]/g, "a"));
  return variant === primary ? [primary] : [primary, variant];
}
