// The lookups behind the comboboxes that cannot list every choice (organizers among 100 000 organizations): what
// was typed in, the page's language, and the answer's shape, a list of combobox choices. Not part of the public
// API (app/api/v1): its shape follows the combobox (components/ui/combobox.tsx), not a published contract.
import { hasLocale } from "next-intl";
import { z } from "zod";
import { routing } from "@/lib/i18n/routing";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { isLookupText } from "@/lib/search/choice-match";
import { todayIso } from "@/lib/events/event-period";
import { whenScope } from "@/lib/events/filter-sql";
import { parseEventQuery } from "@/lib/events/filters";
import { parseOrganizationQuery } from "@/lib/organizations/filters";
import { matchEventIds, matchOrganizationIds } from "@/lib/cache/public-reads";
import { ApiError } from "./http/errors";

/** Choices one lookup returns: what a combobox shows without scrolling far. */
export const LOOKUP_LIMIT = 20;

/** Short-lived: a new or renamed organization shows within a minute. */
export const LOOKUP_CACHE_CONTROL = "public, max-age=60";

export type LookupRequest = { text: string; locale: string };

/** `text` and `locale` from the address: a missing or unknown locale is a 400; text too short to search, null. */
export function lookupRequest(url: URL): LookupRequest | null {
  const locale = url.searchParams.get("locale") ?? "";
  if (!hasLocale(routing.locales, locale))
    throw new ApiError(400, "invalid_parameter", "locale must be one of the site's languages.", "locale");
  const text = z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH)
    .safeParse(url.searchParams.get("text") ?? "");
  if (!text.success)
    throw new ApiError(400, "invalid_parameter", `text must be at most ${MAX_QUERY_LENGTH} characters.`, "text");
  return isLookupText(text.data) ? { text: text.data, locale } : null;
}

/**
 * The events list's filters in a lookup's address, scoped and matched as the list page counts its facets (through
 * the same cached reads, so that a lookup for the page's filters finds the page's facets cached).
 */
export async function eventListContext(url: URL) {
  const { filters, when, view } = parseEventQuery(Object.fromEntries(url.searchParams));
  const matchedIds = filters.q ? await matchEventIds(filters.q) : null;
  // In the page's order (app/[locale]/events/page.tsx): the cache keys its reads by their arguments as written.
  return { filters, scope: whenScope(view === "calendar" ? "all" : when, todayIso()), matchedIds };
}

/** The organization list's filters in a lookup's address, matched as the list page counts its facets. */
export async function organizationListContext(url: URL) {
  const { filters } = parseOrganizationQuery(Object.fromEntries(url.searchParams));
  return { filters, matchedIds: filters.q ? await matchOrganizationIds(filters.q) : null };
}
