// Translatable fields go out in every language held: {"ru": "…", "en": "…", "hy": "…"}. With ?lang= an
// entry also gets a `label` resolved by the site's own fallback rule (lib/i18n/localized.ts).
import { pickLocalized } from "@/lib/i18n/localized";

export type LocalizedMap = Record<string, string>;
export type Label = { value: string; locale: string; is_fallback: boolean };

/** One field of translation rows as a map by locale (alphabetical, so the body and its ETag are stable); blanks left out. */
export function localizedMap<Row extends { locale: string }>(rows: readonly Row[], field: keyof Row): LocalizedMap {
  const entries = rows.flatMap((row) => {
    const value = row[field];
    return typeof value === "string" && value.trim() !== "" ? [[row.locale, value] as const] : [];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Each language's provenance of one text field ({"en": "SOURCE", "ru": "ATLAS"}); languages without the text or without a recorded provenance left out. */
export function provenanceMap<Row extends { locale: string }>(
  rows: readonly Row[],
  field: keyof Row,
  provenance: keyof Row,
): Record<string, string> {
  const entries = rows.flatMap((row) => {
    const text = row[field];
    const value = row[provenance];
    return typeof text === "string" && text.trim() !== "" && typeof value === "string"
      ? [[row.locale, value] as const]
      : [];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A `{locale: text}` JSON column (e.g. a presence's note) as a map; anything else is empty. */
export function jsonMap(value: unknown): LocalizedMap {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  return localizedMap(
    Object.entries(value).map(([locale, text]) => ({ locale, text })),
    "text",
  );
}

/** The map's value in `lang`, else along the fallback chain; null without lang or without any text. */
export function labelOf(map: LocalizedMap, lang: string | undefined): Label | null {
  if (!lang) return null;
  const picked = pickLocalized(
    Object.entries(map).map(([locale, value]) => ({ locale, value })),
    "value",
    lang,
  );
  return picked ? { value: picked.value, locale: picked.locale, is_fallback: picked.isFallback } : null;
}

/** `{ label }` when lang was asked for, else nothing: the field is absent rather than null without lang. */
export function withLabel(map: LocalizedMap, lang: string | undefined): { label?: Label | null } {
  return lang ? { label: labelOf(map, lang) } : {};
}
