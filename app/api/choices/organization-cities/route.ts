// GET ?text=…&locale=…&<the organization list's filters> → {"choices": [{value: city, label: city, count}]}:
// cities matching the text (as search skeletons: "moskva" finds Москва) with their organization counts under the
// other filters, for the organization list's city filter beyond the cities it lists. The counts are the list page's
// own city facet, cached for the same filters (lib/cache/public-reads.ts).
import { LOOKUP_CACHE_CONTROL, LOOKUP_LIMIT, lookupRequest, organizationListContext } from "@/lib/api/choices";
import { apiRoute } from "@/lib/api/http/route";
import { getOrganizationFacets } from "@/lib/cache/public-reads";
import { matchFacetValues } from "@/lib/search/choice-match";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS } = apiRoute(async (url) => {
  const lookup = lookupRequest(url);
  if (!lookup) return { body: { choices: [] }, cacheControl: LOOKUP_CACHE_CONTROL };
  const { city } = await getOrganizationFacets({ locale: lookup.locale, ...(await organizationListContext(url)) });
  return {
    body: { choices: matchFacetValues(city, lookup.text, LOOKUP_LIMIT).map((v) => ({ ...v, label: v.value })) },
    cacheControl: LOOKUP_CACHE_CONTROL,
  };
});
