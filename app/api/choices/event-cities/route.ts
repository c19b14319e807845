// GET ?text=…&locale=…&<the events list's filters> → {"choices": [{value: city, label: city, count}]}: cities
// matching the text (as search skeletons: "moskva" finds Москва) with their event counts under the other filters,
// for the events list's city filter beyond the cities it lists. The counts are the list page's own city facet,
// cached for the same filters (lib/cache/public-reads.ts), so a lookup after the page was shown reads no events.
import { eventListContext, LOOKUP_CACHE_CONTROL, LOOKUP_LIMIT, lookupRequest } from "@/lib/api/choices";
import { apiRoute } from "@/lib/api/http/route";
import { getEventFacets } from "@/lib/cache/public-reads";
import { matchFacetValues } from "@/lib/search/choice-match";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS } = apiRoute(async (url) => {
  const lookup = lookupRequest(url);
  if (!lookup) return { body: { choices: [] }, cacheControl: LOOKUP_CACHE_CONTROL };
  const { city } = await getEventFacets({ locale: lookup.locale, ...(await eventListContext(url)) });
  return {
    body: { choices: matchFacetValues(city, lookup.text, LOOKUP_LIMIT).map((v) => ({ ...v, label: v.value })) },
    cacheControl: LOOKUP_CACHE_CONTROL,
  };
});
