import { contentFallbackChain, type LocalizedText } from "@/lib/i18n/localized";
import { hasMatch } from "./highlight";
import type { SearchTerm } from "./query";

/**
 * The first value of `field`, in content fallback order (page language, Russian, English, then the rest
 * alphabetically), that contains a match for the terms; null when none does.
 */
export function pickMatching<Row extends { locale: string }, Field extends keyof Row>(
  rows: readonly Row[],
  field: Field,
  locale: string,
  terms: SearchTerm[],
): LocalizedText | null {
  const chain = contentFallbackChain(locale);
  const rank = (l: string) => (chain.includes(l) ? chain.indexOf(l) : chain.length);
  const ordered = [...rows].sort((a, b) => rank(a.locale) - rank(b.locale) || a.locale.localeCompare(b.locale));
  for (const row of ordered) {
    const value = row[field];
    if (typeof value === "string" && value.trim() !== "" && hasMatch(value, terms)) {
      return { value, locale: row.locale, isFallback: row.locale !== locale };
    }
  }
  return null;
}
