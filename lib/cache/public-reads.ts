import "server-only";
// The public pages' reads, cached ("use cache") and tagged (./tags.ts). Each wraps one lib/ read unchanged, so
// scripts and tests keep calling the plain functions; only pages use these. Arguments are plain values (they form
// the cache key) and nothing here reads the session or the request: the same data serves every reader.
// Entries live for days: freshness comes from exact invalidation when something is published, not from expiry.
import { cacheLife, cacheTag } from "next/cache";
import { getMainSource as readMainSource, MAIN_SOURCE_KEY } from "@/lib/about/main-source";
import {
  organizationAtVersion as readOrganizationAtVersion,
  eventAtVersion as readEventAtVersion,
} from "@/lib/citations/version-view";
import { readFromReplica } from "@/lib/db/client";
import { getHostCountry as readHostCountry } from "@/lib/countries/get-host-country";
import { listHostCountries as readHostCountries } from "@/lib/countries/list-host-countries";
import { getDiaspora as readDiaspora } from "@/lib/diasporas/get-diaspora";
import { listDiasporas as readDiasporas } from "@/lib/diasporas/list-diasporas";
import { getCalendarMonth as readCalendarMonth, type CalendarMonthOptions } from "@/lib/events/calendar-month";
import { getEventFacets as readEventFacets } from "@/lib/events/event-facets";
import {
  countUndatedEvents as readUndatedCount,
  listEvents as readEvents,
  type ListEventsOptions,
} from "@/lib/events/list-events";
import type { EventFilters } from "@/lib/events/filters";
import { getMapData as readMapData } from "@/lib/map/get-map-data";
import { getOrganizationFacets as readOrganizationFacets } from "@/lib/organizations/organization-facets";
import {
  listOrganizations as readOrganizations,
  type ListOrganizationsOptions,
} from "@/lib/organizations/list-organizations";
import type { OrganizationFilters } from "@/lib/organizations/filters";
import { getOverview as readOverview } from "@/lib/overview/get-overview";
import { matchEventIds as readEventMatches, matchOrganizationIds as readOrganizationMatches } from "@/lib/search/match";
import { searchAll as readSearch } from "@/lib/search/search-all";
import { sitemapFile as readSitemapFile, sitemapFiles as readSitemapFiles } from "@/lib/seo/sitemap-entries";
import { getSource as readSource, listSourceFigures as readSourceFigures } from "@/lib/sources/get-source";
import { getStats as readStats } from "@/lib/stats/get-stats";
import type { StatsScope } from "@/lib/stats/scope";
import { boundedTags, cacheTags, citationTags, type ListTag } from "./tags";

type Params<F extends (...args: never[]) => unknown> = Parameters<F>;

function cachedFor(...tags: string[]) {
  cacheLife("days");
  cacheTag(...tags);
}

const lists = (...kinds: ListTag[]) => kinds.map(cacheTags.list);

// Profiles: the entry, plus every entry shown on it that has its own tag.

/** The About page's main source: expires with its record. */
export async function getMainSource() {
  "use cache";
  cachedFor(cacheTags.source(MAIN_SOURCE_KEY));
  return readFromReplica(() => readMainSource());
}

/**
 * A source's page: its record and the sources it cites or that cite it (any source edit), and the names of the
 * entries citing it (any organization or event edit; diasporas change only with the seed).
 */
export async function getSource(key: string, locale: string) {
  "use cache";
  cachedFor(cacheTags.source(key), ...lists("sources", "organizations", "events"));
  return readFromReplica(() => readSource(key, locale));
}

/** The figures sources report, shown on /stats: they change with their sources. */
export async function listSourceFigures(locale: string) {
  "use cache";
  cachedFor(...lists("sources"));
  return readFromReplica(() => readSourceFigures(locale));
}

export async function organizationAtVersion(...args: Params<typeof readOrganizationAtVersion>) {
  "use cache";
  const [slug] = args;
  const found = await readFromReplica(() => readOrganizationAtVersion(...args));
  cachedFor(...boundedTags([cacheTags.organization(slug), ...citationTags(found?.profile.citations ?? [])], "sources"));
  return found;
}

export async function eventAtVersion(...args: Params<typeof readEventAtVersion>) {
  "use cache";
  const [slug] = args;
  const found = await readFromReplica(() => readEventAtVersion(...args));
  const organizers = (found?.event.organizers ?? []).map((o) => cacheTags.organization(o.slug));
  cachedFor(
    ...boundedTags([cacheTags.event(slug), ...organizers, ...citationTags(found?.event.citations ?? [])], "sources"),
  );
  return found;
}

export async function getDiaspora(slug: string, locale: string) {
  "use cache";
  const diaspora = await readFromReplica(() => readDiaspora(slug, locale));
  cachedFor(...boundedTags([cacheTags.diaspora(slug), ...citationTags(diaspora?.citations ?? [])], "sources"));
  return diaspora;
}

export async function getHostCountry(code: string, locale: string) {
  "use cache";
  const country = await readFromReplica(() => readHostCountry(code, locale));
  cachedFor(...boundedTags([cacheTags.country(code), ...citationTags(country?.citations ?? [])], "sources"));
  return country;
}

// Lists, counts and searches: the tags of the kinds they show.

export async function listOrganizations(options: ListOrganizationsOptions) {
  "use cache";
  cachedFor(...lists("organizations"));
  return readFromReplica(() => readOrganizations(options));
}

export async function getOrganizationFacets(options: {
  locale: string;
  filters: OrganizationFilters;
  matchedIds: string[] | null;
}) {
  "use cache";
  cachedFor(...lists("organizations"));
  return readFromReplica(() => readOrganizationFacets(options));
}

export async function matchOrganizationIds(q: string) {
  "use cache";
  cachedFor(...lists("organizations"));
  return readFromReplica(() => readOrganizationMatches(q));
}

export async function listEvents(options: ListEventsOptions) {
  "use cache";
  cachedFor(...lists("events"));
  return readFromReplica(() => readEvents(options));
}

export async function countUndatedEvents(filters: EventFilters, matchedIds: string[] | null = null) {
  "use cache";
  cachedFor(...lists("events"));
  return readFromReplica(() => readUndatedCount(filters, matchedIds));
}

export async function getEventFacets(options: Params<typeof readEventFacets>[0]) {
  "use cache";
  // The organizer facet shows organizations' names: a renamed organization expires it too.
  cachedFor(...lists("events", "organizations"));
  return readFromReplica(() => readEventFacets(options));
}

export async function getCalendarMonth(options: CalendarMonthOptions) {
  "use cache";
  cachedFor(...lists("events"));
  return readFromReplica(() => readCalendarMonth(options));
}

export async function matchEventIds(q: string) {
  "use cache";
  cachedFor(...lists("events"));
  return readFromReplica(() => readEventMatches(q));
}

export async function listDiasporas(locale: string) {
  "use cache";
  cachedFor(...lists("organizations", "presences"));
  return readFromReplica(() => readDiasporas(locale));
}

export async function listHostCountries(locale: string) {
  "use cache";
  cachedFor(...lists("organizations", "events", "presences"));
  return readFromReplica(() => readHostCountries(locale));
}

export async function getOverview(locale: string) {
  "use cache";
  cachedFor(...lists("organizations", "events", "presences"));
  return readFromReplica(() => readOverview(locale));
}

export async function getStats(scope: StatsScope, locale: string) {
  "use cache";
  cachedFor(...lists("organizations", "events", "presences"), cacheTags.linkChecks);
  return readFromReplica(() => readStats(scope, locale));
}

export async function getMapData(options: Params<typeof readMapData>[0]) {
  "use cache";
  cachedFor(...lists("organizations"));
  return readFromReplica(() => readMapData(options));
}

export async function searchAll(options: Params<typeof readSearch>[0]) {
  "use cache";
  cachedFor(...lists("organizations", "events"));
  return readFromReplica(() => readSearch(options));
}

export async function sitemapFiles() {
  "use cache";
  cachedFor(...lists("organizations", "events", "presences"));
  return readFromReplica(() => readSitemapFiles());
}

export async function sitemapFile(name: string) {
  "use cache";
  cachedFor(...lists("organizations", "events", "presences"));
  return readFromReplica(() => readSitemapFile(name));
}
