// world-atlas (Natural Earth) names its countries by ISO 3166-1 numeric code ("643", "051"); we store alpha-2.
import countries from "i18n-iso-countries";
import { isCountryCode } from "@/lib/countries/iso-3166";

/** The alpha-2 code for an ISO 3166-1 numeric id, or null for an id that is not an assigned country. */
export function numericToAlpha2(id: string | number | undefined): string | null {
  if (id === undefined || id === "") return null;
  const code = countries.numericToAlpha2(String(id).padStart(3, "0"));
  return code && isCountryCode(code) ? code : null;
}
