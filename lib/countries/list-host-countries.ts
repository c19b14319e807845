import "server-only";
import { sortByText } from "@/lib/i18n/collate";
import { countryName } from "@/lib/i18n/display-names";
import { hostCountryCounts } from "./host-country-filter";
import type { HostCountryItem } from "./types";

/** Countries with at least one organization, presence or event, sorted by name in the page's language. */
export async function listHostCountries(locale: string): Promise<HostCountryItem[]> {
  const rows = await hostCountryCounts();
  const items = rows.map((c) => ({ ...c, name: countryName(c.code, locale) }));
  return sortByText(items, (c) => c.name, locale);
}
