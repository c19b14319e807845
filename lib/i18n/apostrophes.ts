// Apostrophes that are letters. Uzbek's Latin alphabet writes oʻ and gʻ with U+02BB (modifier letter turned comma)
// and the tutuq belgisi (maʼlumot) with U+02BC (modifier letter apostrophe); Ukrainian and Belarusian write their
// apostrophe (обʼєднання) with U+02BC too. Quotation marks (‘ ’) or a typewriter ' in their place look alike but are
// punctuation: words containing them break in search, sorting, hyphenation and screen readers. Pure.

export type ApostropheProblem = { at: number; context: string; found: string; expected: string };

const TURNED_COMMA = "\u02BB"; // ʻ
const MODIFIER_APOSTROPHE = "\u02BC"; // ʼ
const QUOTES = new Set(["\u2018", "\u2019"]); // ‘ ’
const TYPEWRITER = new Set(["'", "`"]);

const isLetter = (ch: string | undefined) => ch !== undefined && /^\p{L}$/u.test(ch);
const isCyrillic = (ch: string | undefined) => ch !== undefined && /^\p{Script=Cyrillic}$/u.test(ch);

/** The expected letter for Uzbek: ʻ after o or g (oʻ, gʻ), ʼ elsewhere. */
const uzbekLetter = (before: string) => ("oOgG".includes(before) ? TURNED_COMMA : MODIFIER_APOSTROPHE);

/** Apostrophe-like characters inside words of a locale's text that should be another character. */
export function apostropheProblems(locale: string, text: string): ApostropheProblem[] {
  const chars = [...text];
  const problems: ApostropheProblem[] = [];
  chars.forEach((ch, i) => {
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (!isLetter(before) || !isLetter(after)) return;
    let expected: string | null = null;
    if (locale === "uz") {
      if (QUOTES.has(ch) || TYPEWRITER.has(ch)) expected = uzbekLetter(before!);
      else if (ch === TURNED_COMMA && !"oOgG".includes(before!)) expected = MODIFIER_APOSTROPHE;
    } else if (locale === "uk" || locale === "be") {
      if ((QUOTES.has(ch) || ch === "'") && isCyrillic(before) && isCyrillic(after)) expected = MODIFIER_APOSTROPHE;
    } else if (QUOTES.has(ch)) {
      // Elsewhere a quotation mark between two letters is a letter spelled with punctuation.
      expected = "'";
    }
    if (expected !== null)
      problems.push({ at: i, context: chars.slice(Math.max(0, i - 8), i + 9).join(""), found: ch, expected });
  });
  return problems;
}
