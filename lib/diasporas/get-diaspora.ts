import "server-only";
import { db } from "@/lib/db/client";
import { isSlug } from "@/lib/validation/text";
import { countryName } from "@/lib/i18n/display-names";
import { sortByText } from "@/lib/i18n/collate";
import { pickLocalized } from "@/lib/i18n/localized";
import { pickLocalizedJson } from "@/lib/i18n/localized-json";
import { toSummary } from "@/lib/organizations/list-organizations";
import { organizationRowSelect } from "@/lib/organizations/row";
import { citationSelect, toCitations } from "@/lib/sources/citation";
import { byDateDescending, eventRefSelect, toEventRef } from "./event-ref";
import { citePresences, presenceSourceSelect } from "./presence-citations";
import type { DiasporaProfile, PresenceFigure } from "./types";

/** A diaspora with its presence by host country, organizations, events and numbered sources; null when unknown. */
export async function getDiaspora(slug: string, locale: string): Promise<DiasporaProfile | null> {
  if (!isSlug(slug)) return null;
  const row = await db.diaspora.findUnique({
    where: { slug },
    select: {
      slug: true,
      originCountryCode: true,
      languages: true,
      updatedAt: true,
      translations: {
        select: { locale: true, name: true, description: true, nameProvenance: true },
        orderBy: { locale: "asc" },
      },
      presences: {
        select: {
          countryCode: true,
          population: true,
          year: true,
          note: true,
          inferredFrom: true,
          updatedAt: true,
          ...presenceSourceSelect,
        },
      },
      organizations: { select: { organization: { select: organizationRowSelect } } },
      events: { select: { event: { select: eventRefSelect } } },
      sources: citationSelect,
    },
  });
  if (!row) return null;
  const presences = sortPresences(row.presences, locale);
  const { citations, numbers } = citePresences(toCitations(row.sources), presences);
  const national = (l: string) => (row.languages.includes(l) ? row.languages.indexOf(l) : row.languages.length);
  const updated = [row.updatedAt, ...row.presences.map((p) => p.updatedAt)].reduce((a, b) => (a > b ? a : b));
  return {
    slug: row.slug,
    name: pickLocalized(row.translations, "name", locale),
    description: pickLocalized(row.translations, "description", locale),
    names: row.translations
      .flatMap((t) => (t.name ? [{ locale: t.locale, value: t.name, provenance: t.nameProvenance }] : []))
      .sort((a, b) => national(a.locale) - national(b.locale)),
    languages: row.languages,
    originCountry: row.originCountryCode,
    presences: presences.map((p, i): PresenceFigure => ({
      countryCode: p.countryCode,
      population: p.population,
      year: p.year,
      note: pickLocalizedJson(p.note, locale),
      inferredFrom: pickLocalizedJson(p.inferredFrom, locale),
      sourceNumber: numbers[i] ?? null,
    })),
    organizations: sortByText(
      row.organizations.map(({ organization }) => toSummary(organization, locale)),
      (o) => o.name?.value ?? o.slug,
      locale,
    ),
    events: row.events.map(({ event }) => toEventRef(event, locale)).sort(byDateDescending),
    citations,
    updatedAt: updated.toISOString(),
  };
}

/** Largest known population first; then figures without one, by country name in the page's language. */
function sortPresences<P extends { countryCode: string; population: number | null; year: number | null }>(
  rows: P[],
  locale: string,
): P[] {
  const byName = sortByText(rows, (p) => countryName(p.countryCode, locale), locale);
  return byName.sort((a, b) => (b.population ?? -1) - (a.population ?? -1) || (b.year ?? 0) - (a.year ?? 0));
}
