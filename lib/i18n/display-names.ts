// Country and language names come from the runtime's CLDR data, never from hand-written tables.
const cache = new Map<string, Intl.DisplayNames>();

function displayNames(locale: string, type: "region" | "language"): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let names = cache.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale, "en"], { type, fallback: "code" });
    cache.set(key, names);
  }
  return names;
}

export function countryName(code: string, locale: string): string {
  return displayNames(locale, "region").of(code.toUpperCase()) ?? code;
}

export function languageName(code: string, locale: string): string {
  try {
    return displayNames(locale, "language").of(code) ?? code;
  } catch {
    return code;
  }
}
