// Where a translated text comes from (decision 0024). A citation backs one language's name when its facts name
// that language ("names.en", "titles.ru"); a bare "names" backs the names in general, as imports and older rows cite
// them. Pure: the seed, the pages and the exports share it.
import type { TextProvenance } from "@/lib/db/generated/enums";

export const TEXT_PROVENANCES = [
  "SOURCE",
  "CURATOR",
  "ATLAS",
  "MACHINE",
  "VISITOR",
] as const satisfies readonly TextProvenance[];
export type { TextProvenance };

/** The fact a citation lists when its source contains the field's text in that language: "names.en". */
export const localeFact = (field: string, locale: string) => `${field}.${locale}`;

/** The languages whose text of `field` the given citations' sources contain. */
export function citedLocales(citations: readonly { facts: readonly string[] }[], field: string): Set<string> {
  const prefix = `${field}.`;
  return new Set(
    citations.flatMap((c) => c.facts.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length))),
  );
}

/**
 * The provenance of texts the atlas loaded itself (the seed): a text a cited source contains in that language is
 * SOURCE; every other is the atlas's own translation or wording.
 */
export function seededProvenance(
  texts: Record<string, string> | undefined,
  citations: readonly { facts: readonly string[] }[],
  field: string,
): Record<string, TextProvenance> {
  const cited = citedLocales(citations, field);
  return Object.fromEntries(Object.keys(texts ?? {}).map((locale) => [locale, cited.has(locale) ? "SOURCE" : "ATLAS"]));
}

/** Whether a text's provenance warrants a note beside it: anything a cited source does not contain. */
export const needsNote = (provenance: TextProvenance | null | undefined): provenance is TextProvenance =>
  provenance != null && provenance !== "SOURCE";

type Provenanced = { locale: string } & Record<string, unknown>;

/**
 * A curator's edit of translations: each text the edit leaves as it was keeps the provenance it had; a text the
 * curator wrote or changed is CURATOR (as `next` already says). `fields` pairs each text with its provenance column.
 */
export function keepProvenance<T extends Provenanced>(
  current: readonly Provenanced[],
  next: readonly T[],
  fields: readonly (readonly [text: string, provenance: string])[],
): T[] {
  const byLocale = new Map(current.map((t) => [t.locale, t]));
  return next.map((t) => {
    const before = byLocale.get(t.locale);
    if (!before) return t;
    const kept = { ...t } as Record<string, unknown>;
    for (const [text, provenance] of fields)
      if (t[text] && t[text] === before[text] && before[provenance]) kept[provenance] = before[provenance];
    return kept as T;
  });
}
