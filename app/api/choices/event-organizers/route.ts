// GET ?text=…&locale=…&<the events list's filters> → {"choices": [{value: slug, label, count}]}: organizers
// matching the text with their event counts under the other filters, for the events list's organizer filter
// beyond the organizers it lists (lib/events/event-facets.ts).
import { eventListContext, LOOKUP_CACHE_CONTROL, lookupRequest } from "@/lib/api/choices";
import { apiRoute } from "@/lib/api/http/route";
import { searchOrganizerFacet } from "@/lib/events/event-facets";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS } = apiRoute(async (url) => {
  const lookup = lookupRequest(url);
  const found = lookup ? await searchOrganizerFacet({ ...lookup, ...(await eventListContext(url)) }) : [];
  return {
    body: { choices: found.map((v) => ({ value: v.value, label: v.label ?? v.value, count: v.count })) },
    cacheControl: LOOKUP_CACHE_CONTROL,
  };
});
