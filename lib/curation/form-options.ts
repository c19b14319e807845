import "server-only";
import ISO6391 from "iso-639-1";
import { isGlobal, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";
import { LOCALE_CODE } from "./per-locale";

export type DiasporaChoice = { id: string; slug: string; name: LocalizedText | null };
export type FormOptions = {
  diasporas: DiasporaChoice[];
  /** `keywords`: the English name, so that a country is found by it on any page. */
  countries: { code: string; name: string; keywords: string }[];
  /** Working languages to choose from: every ISO 639-1 language, by name, found by its English and own names too. */
  languages: { code: string; name: string; keywords: string }[];
  /** Content languages the form offers: Russian, English, then the diasporas' national languages. */
  contentLocales: string[];
};

/**
 * What the organization form offers this actor: the diasporas they may link to (a scoped role: its own; a global
 * one: all, plus any already linked), every host country by name, and the content languages to fill in.
 */
export async function loadFormOptions(
  actor: Actor,
  locale: string,
  linkedDiasporaIds: readonly string[] = [],
  heldLocales: readonly string[] = [],
): Promise<FormOptions> {
  const global = actor.grants.some(isGlobal);
  const scoped = new Set([...actor.grants.flatMap((g) => g.diasporaIds), ...linkedDiasporaIds]);
  const [diasporas, countries] = await Promise.all([
    db.diaspora.findMany({
      where: global ? {} : { id: { in: [...scoped] } },
      select: { id: true, slug: true, languages: true, translations: { select: { locale: true, name: true } } },
    }),
    db.country.findMany({ select: { code: true } }),
  ]);
  const national = [...diasporas.filter((d) => scoped.has(d.id)).flatMap((d) => d.languages), ...heldLocales];
  return {
    diasporas: diasporas
      .map((d) => ({ id: d.id, slug: d.slug, name: pickLocalized(d.translations, "name", locale) }))
      .sort((a, b) => (a.name?.value ?? a.slug).localeCompare(b.name?.value ?? b.slug, locale)),
    countries: countries
      .map((c) => ({ code: c.code, name: countryName(c.code, locale), keywords: countryName(c.code, "en") }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    languages: languageChoices(locale),
    contentLocales: [...new Set(["ru", "en", ...national.filter((l) => LOCALE_CODE.test(l))])],
  };
}

/** Content languages by name in the UI language; `heading` is capitalized ("русский" → "Русский"). */
export function contentLocaleChoices(
  codes: readonly string[],
  locale: string,
): { code: string; name: string; heading: string }[] {
  return codes.map((code) => {
    const name = languageName(code, locale);
    return { code, name, heading: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) };
  });
}

/** Every ISO 639-1 language named in the UI language (CLDR), sorted by that name. */
export function languageChoices(locale: string): { code: string; name: string; keywords: string }[] {
  return ISO6391.getAllCodes()
    .map((code) => ({
      code,
      name: languageName(code, locale),
      keywords: `${ISO6391.getName(code)} ${ISO6391.getNativeName(code)}`,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
