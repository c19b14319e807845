// Which organizations and events the statistics count: everything, or one diaspora and/or host country.
// Parsed with the directory's own rules, so /stats?diaspora=x counts exactly what /organizations?diaspora=x lists.
import { parseEventQuery } from "@/lib/events/filters";
import { parseOrganizationQuery } from "@/lib/organizations/filters";
import type { SearchParams } from "@/lib/validation/query";

export type StatsScope = { diaspora?: string; country?: string };
export const SCOPE_KEYS = ["diaspora", "country"] as const;
export type ScopeKey = (typeof SCOPE_KEYS)[number];

export function parseStatsQuery(params: SearchParams): { scope: StatsScope; ignored: ScopeKey[] } {
  const { filters, ignored } = parseOrganizationQuery(params);
  const scope: StatsScope = {};
  for (const key of SCOPE_KEYS) if (filters[key]) scope[key] = filters[key];
  return { scope, ignored: SCOPE_KEYS.filter((key) => ignored.includes(key)) };
}

/** The scope as the event list's filters (same names, same rules). */
export function eventFiltersOf(scope: StatsScope) {
  return parseEventQuery({ ...scope }).filters;
}

/** The scope as query parameters, for links that keep it (CSV downloads, the organization list). */
export function scopeToQuery(scope: StatsScope): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of SCOPE_KEYS) if (scope[key]) query[key] = scope[key];
  return query;
}
