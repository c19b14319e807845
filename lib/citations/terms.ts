// The words of a citation in the reader's language, from the UI messages (namespace Cite, and Meta.title as
// the site's name), so that APA and Chicago citations read naturally on every page language.
import type { CitableKind, CitationTerms } from "./types";

/** A next-intl translator for the root namespace (getTranslations() or createTranslator({ messages })). */
export type RootTranslator = (key: string, values?: Record<string, string | number>) => string;

export function citationTerms(t: RootTranslator, kind: CitableKind, locale: string): CitationTerms {
  return {
    locale,
    siteName: t("Meta.title"),
    kindLabel: t(`Cite.kind.${kind}`),
    version: (number) => t("Cite.version", { number }),
    retrieved: (date, url) => t("Cite.retrieved", { date, url }),
    quotedTitle: (title) => t("Cite.quotedTitle", { title }),
    modified: (date) => t("Cite.modified", { date }),
    accessed: (date) => t("Cite.accessed", { date }),
  };
}
