import { isCountryCode } from "./iso-3166";

export type CountryCodeParam = { code: string; canonical: boolean } | null;

/**
 * A country code from a URL segment: an ISO 3166-1 alpha-2 code in any case. `canonical` is false when the
 * segment was not written in upper case (the page then redirects); null when it is no country code at all.
 */
export function parseCountryCodeParam(segment: string): CountryCodeParam {
  if (!/^[A-Za-z]{2}$/.test(segment)) return null;
  const code = segment.toUpperCase();
  return isCountryCode(code) ? { code, canonical: code === segment } : null;
}
