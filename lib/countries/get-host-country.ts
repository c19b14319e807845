import "server-only";
import { db } from "@/lib/db/client";
import { byDateDescending, eventRefSelect, toEventRef } from "@/lib/diasporas/event-ref";
import { citePresences, presenceSourceSelect } from "@/lib/diasporas/presence-citations";
import { sortByText } from "@/lib/i18n/collate";
import { countryName } from "@/lib/i18n/display-names";
import { pickLocalized } from "@/lib/i18n/localized";
import { pickLocalizedJson } from "@/lib/i18n/localized-json";
import { toSummary } from "@/lib/organizations/list-organizations";
import { organizationRowSelect } from "@/lib/organizations/row";
import type { CountryPresence, HostCountry } from "./types";

/**
 * What the atlas holds about a country: diasporas present (largest known population first), organizations
 * based there and events held there. Null for a code that is not in the country table; a country with no
 * data comes back with empty lists.
 */
export async function getHostCountry(code: string, locale: string): Promise<HostCountry | null> {
  const row = await db.country.findUnique({
    where: { code },
    select: {
      code: true,
      presences: {
        select: {
          population: true,
          year: true,
          note: true,
          inferredFrom: true,
          diaspora: { select: { slug: true, translations: { select: { locale: true, name: true } } } },
          ...presenceSourceSelect,
        },
      },
      organizations: { select: { organization: { select: organizationRowSelect } } },
      events: { select: eventRefSelect },
    },
  });
  if (!row) return null;
  const named = row.presences.map((p) => ({ ...p, name: pickLocalized(p.diaspora.translations, "name", locale) }));
  const presences = sortByText(named, (p) => p.name?.value ?? p.diaspora.slug, locale).sort(
    (a, b) => (b.population ?? -1) - (a.population ?? -1) || (b.year ?? 0) - (a.year ?? 0),
  );
  const { citations, numbers } = citePresences([], presences);
  return {
    code: row.code,
    name: countryName(row.code, locale),
    hasData: row.presences.length + row.organizations.length + row.events.length > 0,
    presences: presences.map((p, i): CountryPresence => ({
      diaspora: { slug: p.diaspora.slug, name: p.name },
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
    events: row.events.map((e) => toEventRef(e, locale)).sort(byDateDescending),
    citations,
  };
}
