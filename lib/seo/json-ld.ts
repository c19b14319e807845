// schema.org descriptions for search engines and citation tools.
import type { OrganizationProfile } from "@/lib/organizations/types";
import { countryName } from "@/lib/i18n/display-names";

type Thing = Record<string, unknown>;

export function organizationJsonLd(o: OrganizationProfile, url: string, locale: string): Thing {
  const name = o.name?.value ?? o.slug;
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": url,
    url,
    name,
    alternateName: [...new Set([...o.names.map((n) => n.value), ...(o.acronym ? [o.acronym] : [])])].filter((n) => n !== name),
    ...(o.description ? { description: o.description.value } : {}),
    ...(o.foundedYear ? { foundingDate: String(o.foundedYear) } : {}),
    ...(o.channels.length ? { sameAs: o.channels.map((c) => c.url) } : {}),
    ...(o.countries.length
      ? {
          location: o.countries.map((code) => ({
            "@type": "Place",
            address: {
              "@type": "PostalAddress",
              addressCountry: code,
              ...(o.city ? { addressLocality: o.city.value } : {}),
            },
            name: countryName(code, locale),
          })),
        }
      : {}),
    ...(o.languages.length ? { knowsLanguage: o.languages } : {}),
    inLanguage: locale,
  };
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so stored text can never close the script. */
export function serializeJsonLd(data: Thing): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
