import "server-only";
import { db } from "@/lib/db/client";
import { sortByText } from "@/lib/i18n/collate";
import { countryName } from "@/lib/i18n/display-names";
import { hostCountryWhere } from "./host-country-filter";
import type { HostCountryItem } from "./types";

/** Countries with at least one organization, presence or event, sorted by name in the page's language. */
export async function listHostCountries(locale: string): Promise<HostCountryItem[]> {
  const rows = await db.country.findMany({
    where: hostCountryWhere,
    select: {
      code: true,
      presences: { select: { diasporaId: true } },
      _count: { select: { organizations: true, events: true } },
    },
  });
  const items = rows.map((c) => ({
    code: c.code,
    name: countryName(c.code, locale),
    diasporas: new Set(c.presences.map((p) => p.diasporaId)).size,
    organizations: c._count.organizations,
    events: c._count.events,
  }));
  return sortByText(items, (c) => c.name, locale);
}
