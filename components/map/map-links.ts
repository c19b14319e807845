import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { MapFilters } from "@/lib/map/types";

/** The organization list filtered to a country or city, keeping the map's filters: plain hrefs, no client router. */
export function listHref(locale: Locale, filters: MapFilters, place: { country?: string; city?: string }): string {
  const query: Record<string, string> = {};
  if (place.country) query.country = place.country;
  if (place.city) query.city = place.city;
  if (filters.category) query.category = filters.category;
  if (filters.diaspora) query.diaspora = filters.diaspora;
  if (filters.type) query.type = filters.type;
  return getPathname({ locale, href: { pathname: "/organizations", query } });
}
