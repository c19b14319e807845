// GET ?text=…&locale=…&<the organization list's filters> → {"choices": [{value: city, label: city, count}]}:
// cities matching the text with their organization counts under the other filters, for the organization list's
// city filter beyond the cities it lists (lib/organizations/organization-facets.ts).
import { LOOKUP_CACHE_CONTROL, lookupRequest, organizationListContext } from "@/lib/api/choices";
import { apiRoute } from "@/lib/api/http/route";
import { searchCityFacet } from "@/lib/organizations/organization-facets";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS } = apiRoute(async (url) => {
  const lookup = lookupRequest(url);
  const found = lookup ? await searchCityFacet({ ...lookup, ...(await organizationListContext(url)) }) : [];
  return {
    body: { choices: found.map((v) => ({ value: v.value, label: v.value, count: v.count })) },
    cacheControl: LOOKUP_CACHE_CONTROL,
  };
});
