// Whether a source contains a name, compared as docs/research/seed-review.md §4 compared them: whitespace collapsed,
// hyphens (a line-break hyphen, or a hyphen in one spelling and not the other) ignored, every kind of double quote
// alike and every kind of single quote alike, case ignored, and a footnote number printed against a word
// ("Studies5") dropped. The name must stand as whole words: "Ukrainian diaspora"
// is not in "Ukrainian diasporas". Pure.
import type { SeedData } from "./seed-schema";

export function normalizeName(text: string): string {
  return text
    .replace(/[-\u2010\u2011]\s*\n\s*/g, "")
    .replace(/(?<=\p{L}[.,”"’]?)\d+/gu, "")
    .replace(/[-\u2010-\u2015]/g, "")
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚‹›']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("en");
}

/** Whether `name` occurs in `text` as whole words, after normalizing both. */
export function containsName(text: string, name: string): boolean {
  const needle = normalizeName(name);
  if (!needle) return false;
  const haystack = normalizeName(text);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

export type CitedName = { kind: "organization" | "diaspora" | "event"; slug: string; locale: string; name: string };

/**
 * Every name (organization and diaspora names, event titles) a citation of `source` says the source contains:
 * its facts list "names.<locale>" or "titles.<locale>". A fact for a language the entry has no name in is returned
 * with an empty name, so it fails any check.
 */
export function namesCitedTo(data: SeedData, source: string): CitedName[] {
  const entries = [
    ...data.organizations.map((o) => ({
      kind: "organization" as const,
      slug: o.slug,
      names: o.names,
      fact: "names",
      sources: o.sources,
    })),
    ...data.diasporas.map((d) => ({
      kind: "diaspora" as const,
      slug: d.slug,
      names: d.names,
      fact: "names",
      sources: d.sources,
    })),
    ...data.events.map((e) => ({
      kind: "event" as const,
      slug: e.slug,
      names: e.titles,
      fact: "titles",
      sources: e.sources,
    })),
  ];
  return entries.flatMap(({ kind, slug, names, fact, sources }) =>
    sources
      .filter((c) => c.source === source)
      .flatMap((c) => c.facts.filter((f) => f.startsWith(`${fact}.`)))
      .map((f) => f.slice(fact.length + 1))
      .filter((locale, i, all) => all.indexOf(locale) === i)
      .map((locale) => ({ kind, slug, locale, name: names[locale] ?? "" })),
  );
}
