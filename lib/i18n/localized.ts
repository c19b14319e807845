// Content translations are data: each row holds one locale's text. When the page's language has no text
// for a field, we fall back along a fixed chain and say so (docs/decisions/0002-translations.md).

export type LocalizedText = {
  value: string;
  /** The language the value is actually in (BCP-47). */
  locale: string;
  /** True when `locale` differs from the language that was asked for. */
  isFallback: boolean;
};

/** The page's language, then Russian, then English; after that, any language the entry has. */
export function contentFallbackChain(locale: string): string[] {
  return [...new Set([locale, "ru", "en"])];
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
