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

/**
 * A language's name in itself, as the language menu lists it: capitalised where the script has capitals in running
 * text ("Русский", "Oʻzbek"), but not Georgian, whose Mtavruli capitals are for all-caps titles ("ქართული", never
 * "Ქართული"). ICU spells Uzbek with a quotation mark (o‘zbek); Uzbek writes the letter oʻ with U+02BB.
 */
export function languageEndonym(locale: string): string {
  let name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  if (locale === "uz") name = name.replaceAll("\u2018", "\u02BB").replaceAll("\u2019", "\u02BC");
  if (locale === "ka") return name;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
