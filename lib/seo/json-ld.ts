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

/** An event; dates known only to the month or year are given as such (schema.org accepts ISO 8601 "2019-05"). */
export function eventJsonLd(
  e: EventDetail,
  url: string,
  locale: string,
  organizationUrl: (slug: string) => string,
): Thing {
  const partial = (iso: string) =>
    e.datePrecision === "YEAR" ? iso.slice(0, 4) : e.datePrecision === "MONTH" ? iso.slice(0, 7) : iso;
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
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: e.title?.value ?? e.slug,
    ...(e.description ? { description: e.description.value } : {}),
    ...(e.startDate ? { startDate: partial(e.startDate) } : {}),
    ...(e.startDate && end && e.datePrecision === "DAY" ? { endDate: end } : {}),
    eventAttendanceMode: `https://schema.org/${place && online ? "Mixed" : online ? "Online" : "Offline"}EventAttendanceMode`,
    ...(location.length ? { location: location.length === 1 ? location[0] : location } : {}),
    ...(e.organizers.length
      ? {
          organizer: e.organizers.map((o) => ({
            "@type": "Organization",
            name: o.name?.value ?? o.slug,
            url: organizationUrl(o.slug),
          })),
        }
      : {}),
    inLanguage: locale,
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
