// GET ?text=…&locale=…&<the events list's filters> → {"choices": [{value: slug, label, count}]}: organizers
// matching the text with their event counts under the other filters, for the events list's organizer filter
// beyond the organizers it lists (lib/events/event-facets.ts).
import { LOOKUP_CACHE_CONTROL, lookupRequest } from "@/lib/api/choices";
import { apiRoute } from "@/lib/api/http/route";
import { searchOrganizerFacet } from "@/lib/events/event-facets";
import { todayIso } from "@/lib/events/event-period";
import { whenScope } from "@/lib/events/filter-sql";
import { parseEventQuery } from "@/lib/events/filters";
import { matchEventIds } from "@/lib/search/match";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS } = apiRoute(async (url) => {
  const lookup = lookupRequest(url);
  if (!lookup) return { body: { choices: [] }, cacheControl: LOOKUP_CACHE_CONTROL };
  // The same filters, scope and text matches as the list page (app/[locale]/events/page.tsx) counts with.
  const { filters, when, view } = parseEventQuery(Object.fromEntries(url.searchParams));
  const matchedIds = filters.q ? await matchEventIds(filters.q) : null;
  const scope = whenScope(view === "calendar" ? "all" : when, todayIso());
  const found = await searchOrganizerFacet({ locale: lookup.locale, filters, scope, matchedIds, text: lookup.text });
  return {
    body: { choices: found.map((v) => ({ value: v.value, label: v.label ?? v.value, count: v.count })) },
    cacheControl: LOOKUP_CACHE_CONTROL,
  };
});
