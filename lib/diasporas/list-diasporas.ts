import "server-only";
import { db } from "@/lib/db/client";
import { sortByText } from "@/lib/i18n/collate";
import { pickLocalized } from "@/lib/i18n/localized";
import { DEFAULT_CATEGORY } from "@/lib/organizations/filters";
import type { DiasporaListItem } from "./types";

/** Every diaspora with its counts, sorted by its name in the page's language. */
export async function listDiasporas(locale: string): Promise<DiasporaListItem[]> {
  const rows = await db.diaspora.findMany({
    select: {
      slug: true,
      originCountryCode: true,
      languages: true,
      translations: { select: { locale: true, name: true } },
      presences: { select: { countryCode: true } },
      // Diaspora organizations, as the list filtered by the diaspora counts them; related institutions apart.
      _count: { select: { organizations: { where: { organization: { category: DEFAULT_CATEGORY } } } } },
    },
  });
  const items = rows.map((d) => ({
    slug: d.slug,
    name: pickLocalized(d.translations, "name", locale),
    languages: d.languages,
    originCountry: d.originCountryCode,
    organizations: d._count.organizations,
    hostCountries: new Set(d.presences.map((p) => p.countryCode)).size,
  }));
  return sortByText(items, (d) => d.name?.value ?? d.slug, locale);
}
