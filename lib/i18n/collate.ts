// Lists of names sort by the page language's alphabet (Intl.Collator), not by code point.

/** A copy of `items` sorted by the text `key` gives, in `locale`'s collation. */
export function sortByText<T>(items: readonly T[], key: (item: T) => string, locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}
