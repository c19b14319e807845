// Addresses of the feeds for a filter set: the list's own query string, on /events/feed.ics, /events/feed.atom and
// /organizations/feed.atom.
import { eventsQuery, type EventFilters, type EventWhen } from "@/lib/events/filters";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { filtersToQuery, type OrganizationFilters } from "@/lib/organizations/filters";
import { siteUrl } from "@/lib/seo/metadata";
import type { SearchParams } from "@/lib/validation/query";

export type EventFeedFormat = "ics" | "atom";

export function eventFeedPath(locale: Locale, format: EventFeedFormat, filters: EventFilters, when: EventWhen): string {
  return getPathname({ locale, href: { pathname: `/events/feed.${format}`, query: eventsQuery(filters, { when }) } });
}

export function organizationFeedPath(locale: Locale, filters: OrganizationFilters): string {
  return getPathname({ locale, href: { pathname: "/organizations/feed.atom", query: filtersToQuery(filters) } });
}

/** An absolute address on the public origin. */
export const absolute = (path: string) => new URL(path, siteUrl()).toString();

/** A request's query as the pages receive it (repeated keys become arrays). */
export function searchParamsOf(url: URL): SearchParams {
  // No prototype: `?__proto__=a&__proto__=b` would otherwise make the array the object's prototype, and every name
  // the query lacks (`sort`) would read the array's methods.
  const params: SearchParams = Object.create(null);
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

type AlternateTypes = Record<string, { url: string; title: string }[]>;

/** <link rel="alternate"> entries for an events list page: its filter set as iCalendar and Atom. */
export function eventFeedAlternates(
  locale: Locale,
  filters: EventFilters,
  when: EventWhen,
  titles: { ics: string; atom: string },
): AlternateTypes {
  return {
    "text/calendar": [{ url: eventFeedPath(locale, "ics", filters, when), title: titles.ics }],
    "application/atom+xml": [{ url: eventFeedPath(locale, "atom", filters, when), title: titles.atom }],
  };
}

/** <link rel="alternate"> for the organization list: newly published organizations matching its filters. */
export function organizationFeedAlternates(
  locale: Locale,
  filters: OrganizationFilters,
  title: string,
): AlternateTypes {
  return { "application/atom+xml": [{ url: organizationFeedPath(locale, filters), title }] };
}
