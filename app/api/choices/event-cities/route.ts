// GET ?text=…&locale=…&<the events list's filters> → {"choices": [{value: city, label: city, count}]}: cities
// matching the text with their event counts under the other filters, for the events list's city filter beyond the
// cities it lists (lib/events/event-facets.ts).
import { eventListContext, LOOKUP_CACHE_CONTROL, lookupRequest } from "@/lib/api/choices";
import { apiRoute } from "@/lib/api/http/route";
import { searchCityFacet } from "@/lib/events/event-facets";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS } = apiRoute(async (url) => {
  const lookup = lookupRequest(url);
  const found = lookup ? await searchCityFacet({ ...lookup, ...(await eventListContext(url)) }) : [];
  return {
    body: { choices: found.map((v) => ({ value: v.value, label: v.value, count: v.count })) },
    cacheControl: LOOKUP_CACHE_CONTROL,
  };
});
