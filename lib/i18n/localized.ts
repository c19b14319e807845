// Content translations are data: each row holds one locale's text. When the page's language has no text
// for a field, we fall back along a fixed chain and say so (docs/decisions/0002-translations.md).

export type LocalizedText = {
  value: string;
  /** The language the value is actually in (BCP-47). */
  locale: string;
  /** True when `locale` differs from the language that was asked for. */
  isFallback: boolean;
};

/**
 * Interface languages written in the Latin alphabet. A reader of one of them who meets a missing translation gets
 * the Latin (English) form before the Cyrillic one: "Moscow" on an Uzbek page, not "Москва".
 */
export const LATIN_SCRIPT_LOCALES: ReadonlySet<string> = new Set(["en", "az", "uz", "tk", "ro", "lv", "lt", "et"]);

/**
 * The page's language, then Russian, then English (for a Latin-script page: English, then Russian); after that,
 * any language the entry has.
 */
export function contentFallbackChain(locale: string): string[] {
  return [...new Set(LATIN_SCRIPT_LOCALES.has(locale) ? [locale, "en", "ru"] : [locale, "ru", "en"])];
}

/**
 * An entry's texts in every language, ordered for a page in `locale`: its own language first, then the fallback
 * chain, then the rest by language code (a profile's "Names" list).
 */
export function byPageLanguage<Row extends { locale: string }>(rows: readonly Row[], locale: string): Row[] {
  const chain = contentFallbackChain(locale);
  return [...rows].sort((a, b) => rank(chain, a.locale) - rank(chain, b.locale) || a.locale.localeCompare(b.locale));
}

export function pickLocalized<Row extends { locale: string }, Field extends keyof Row>(
  rows: readonly Row[],
  field: Field,
  locale: string,
): LocalizedText | null {
  const withValue = rows.filter((row) => typeof row[field] === "string" && (row[field] as string).trim() !== "");
  const chain = contentFallbackChain(locale);
  const ranked = [...withValue].sort(
    (a, b) => rank(chain, a.locale) - rank(chain, b.locale) || a.locale.localeCompare(b.locale),
  );
  const best = ranked[0];
  if (!best) return null;
  return { value: best[field] as string, locale: best.locale, isFallback: best.locale !== locale };
}

function rank(chain: string[], locale: string): number {
  const index = chain.indexOf(locale);
  return index === -1 ? chain.length : index;
}
