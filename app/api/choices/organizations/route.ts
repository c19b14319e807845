// GET ?text=…&locale=…[&diasporas=<id>,<id>] → {"choices": [{value: id, label, lang?}]}: organizations matching
// the text (of those diasporas), for the event form's organizer field when it cannot list all the organizations
// its curator may link (lib/organizations/organizer-choices.ts). Public data: the save checks what may be linked.
import { z } from "zod";
import { LOOKUP_CACHE_CONTROL, lookupRequest } from "@/lib/api/choices";
import { ApiError } from "@/lib/api/http/errors";
import { apiRoute } from "@/lib/api/http/route";
import { organizationChoice, searchOrganizationChoices } from "@/lib/organizations/organizer-choices";

export const dynamic = "force-dynamic";

const diasporaIds = z
  .string()
  .transform((list) => list.split(","))
  .pipe(z.array(z.uuid()).min(1).max(20));

export const { GET, HEAD, OPTIONS } = apiRoute(async (url) => {
  const lookup = lookupRequest(url);
  const given = url.searchParams.get("diasporas");
  const scope = given === null ? undefined : diasporaIds.safeParse(given);
  if (scope && !scope.success)
    throw new ApiError(
      400,
      "invalid_parameter",
      "diasporas must be 1 to 20 diaspora ids, comma-separated.",
      "diasporas",
    );
  const found = lookup ? await searchOrganizationChoices(lookup.text, lookup.locale, scope?.data) : [];
  return { body: { choices: found.map(organizationChoice) }, cacheControl: LOOKUP_CACHE_CONTROL };
});
