// A filter form submits every field, chosen or not (`?country=&type=YOUTH&city=`). An empty value means "no
// filter", so it never belongs in an address: the filter forms leave them out when JavaScript submits them, and the
// proxy sends a no-JavaScript submit to the same address without them (one address per result, shorter links).

import { locales } from "@/lib/i18n/routing";

/** The pairs with a value, in their order; blank values (only spaces) count as empty. */
export function nonEmptyQuery(entries: Iterable<[string, string]>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of entries) if (value.trim() !== "") query.append(key, value);
  return query;
}

/** The query without its empty values, or null when it has none. */
export function withoutEmptyValues(search: URLSearchParams): URLSearchParams | null {
  const clean = nonEmptyQuery(search);
  return clean.size === search.size ? null : clean;
}

/** The list pages whose filter forms submit empty values: /{locale}/organizations, /events, /map, /stats. */
const FILTERED_LISTS = new Set(["organizations", "events", "map", "stats"]);

export function isFilteredList(pathname: string): boolean {
  const parts = pathname.split("/");
  return (
    parts.length === 3 &&
    parts[0] === "" &&
    (locales as readonly string[]).includes(parts[1]!) &&
    FILTERED_LISTS.has(parts[2]!)
  );
}

/** An address's path and query, with `?` only when the query has any pair. */
export function pathWithQuery(pathname: string, query: URLSearchParams): string {
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}
