// Some short texts are stored as one JSON value per entry, keyed by locale ({"en": "over 600,000"}),
// rather than in translation rows. They are picked with the same fallback rule (lib/i18n/localized.ts).
import { pickLocalized, type LocalizedText } from "./localized";

/** The text for the page's language from a `{locale: text}` JSON value; null when it holds no text. */
export function pickLocalizedJson(value: unknown, locale: string): LocalizedText | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const rows = Object.entries(value).flatMap(([key, text]) =>
    typeof text === "string" ? [{ locale: key, text }] : [],
  );
  return pickLocalized(rows, "text", locale);
}
