// schema.org descriptions for search engines and citation tools.
import type { HostCountry } from "@/lib/countries/types";
import { periodEnd } from "@/lib/events/event-period";
import type { EventDetail } from "@/lib/events/types";
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
    alternateName: [...new Set([...o.names.map((n) => n.value), ...(o.acronym ? [o.acronym] : [])])].filter(
      (n) => n !== name,
    ),
    ...(o.description ? { description: o.description.value } : {}),
    ...(o.foundedYear ? { foundingDate: String(o.foundedYear) } : {}),
    ...(o.dissolvedOn ? { dissolutionDate: o.dissolvedOn } : {}),
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
    // The languages it works in; schema.org's inLanguage is not a property of Organization.
    ...(o.languages.length ? { knowsLanguage: o.languages } : {}),
  };
}

/**
 * An event as a schema.org Event, or null when the data cannot make a valid one. Search engines require a name, a
 * full start date and a location (a place or, online, a VirtualLocation); an event known only to the month or year,
 * or with no place, gets no Event markup rather than a misleading one. Its language is not recorded, so there is no
 * inLanguage (which would mean the event's language, not the page's).
 */
export function eventJsonLd(
  e: EventDetail,
  url: string,
  locale: string,
  organizationUrl: (slug: string) => string,
): Thing | null {
  const end = periodEnd(e);
  const place = e.countryCode
    ? {
        "@type": "Place",
        name: [e.city?.value, countryName(e.countryCode, locale)].filter(Boolean).join(", "),
        address: {
          "@type": "PostalAddress",
          addressCountry: e.countryCode,
          ...(e.city ? { addressLocality: e.city.value } : {}),
        },
      }
    : null;
  const online = e.onlineUrl ? { "@type": "VirtualLocation", url: e.onlineUrl } : null;
  const location = [place, online].filter(Boolean);
  if (!e.startDate || e.datePrecision !== "DAY" || location.length === 0) return null;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: e.title?.value ?? e.slug,
    ...(e.description ? { description: e.description.value } : {}),
    startDate: e.startDate,
    ...(end ? { endDate: end } : {}),
    eventAttendanceMode: `https://schema.org/${place && online ? "Mixed" : online ? "Online" : "Offline"}EventAttendanceMode`,
    location: location.length === 1 ? location[0] : location,
    ...(e.organizers.length
      ? {
          organizer: e.organizers.map((o) => ({
            "@type": "Organization",
            name: o.name?.value ?? o.slug,
            url: organizationUrl(o.slug),
          })),
        }
      : {}),
  };
}

/** A host country as a schema.org Place. */
export function countryJsonLd(c: HostCountry, url: string): Thing {
  return {
    "@context": "https://schema.org",
    "@type": "Country",
    "@id": url,
    url,
    name: c.name,
    identifier: c.code,
  };
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so stored text can never close the script. */
export function serializeJsonLd(data: Thing): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
