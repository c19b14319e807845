// Which organizations and events the statistics count: everything, or one diaspora and/or host country; diaspora
// organizations unless related institutions are asked for (`category`, as on the list).
// Parsed with the directory's own rules, so /stats?diaspora=x counts exactly what /organizations?diaspora=x lists.
import { parseEventQuery } from "@/lib/events/filters";
import { parseOrganizationQuery, type OrganizationFilters } from "@/lib/organizations/filters";
import type { SearchParams } from "@/lib/validation/query";

export type StatsScope = Pick<OrganizationFilters, "category" | "diaspora" | "country">;
export const SCOPE_KEYS = ["category", "diaspora", "country"] as const;
export type ScopeKey = (typeof SCOPE_KEYS)[number];

export function parseStatsQuery(params: SearchParams): { scope: StatsScope; ignored: ScopeKey[] } {
  const { filters, ignored } = parseOrganizationQuery(params);
  const scope: StatsScope = {};
  if (filters.category) scope.category = filters.category;
  if (filters.diaspora) scope.diaspora = filters.diaspora;
  if (filters.country) scope.country = filters.country;
  return { scope, ignored: SCOPE_KEYS.filter((key) => ignored.includes(key)) };
}

/** The scope as the event list's filters (same names, same rules). */
export function eventFiltersOf({ diaspora, country }: StatsScope) {
  return parseEventQuery({ diaspora, country }).filters;
}

/** The scope as query parameters, for links that keep it (CSV downloads, the organization list). */
export function scopeToQuery(scope: StatsScope): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of SCOPE_KEYS) if (scope[key]) query[key] = scope[key];
  return query;
}
