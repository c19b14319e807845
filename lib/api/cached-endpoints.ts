import "server-only";
// The API's reads, cached and tagged like the pages' (lib/cache/public-reads.ts). The key is the request URL
// (path and query) and the route's parameters. An ApiError (a 404, a bad parameter) is kept as a plain value:
// errors do not cross the cache boundary as their own class.
import { cacheLife, cacheTag } from "next/cache";
import { boundedTags, cacheTags, type ListTag } from "@/lib/cache/tags";
import { readFromReplica } from "@/lib/db/client";
import { todayIso } from "@/lib/events/event-period";
import { listCountriesEndpoint } from "./countries";
import { getDiasporaEndpoint, listDiasporasEndpoint } from "./diasporas";
import { getEventEndpoint, listEventsEndpoint } from "./events";
import { ApiError } from "./http/errors";
import type { Endpoint, EndpointResult } from "./http/route";
import { getOrganizationEndpoint, listOrganizationsEndpoint } from "./organizations";
import { searchEndpoint } from "./search";

type Settled =
  | { ok: true; result: EndpointResult }
  | { ok: false; status: ApiError["status"]; code: ApiError["code"]; message: string; parameter?: string };

async function settle(run: () => Promise<EndpointResult>, tags: string[]): Promise<Settled> {
  cacheLife("days");
  cacheTag(...boundedTags(tags, "sources"));
  try {
    return { ok: true, result: await readFromReplica(run) };
  } catch (error) {
    if (error instanceof ApiError)
      return { ok: false, status: error.status, code: error.code, message: error.message, parameter: error.parameter };
    throw error;
  }
}

function unsettle(settled: Settled): EndpointResult {
  if (settled.ok) return settled.result;
  throw new ApiError(settled.status, settled.code, settled.message, settled.parameter);
}

const lists = (...kinds: ListTag[]) => kinds.map(cacheTags.list);

async function organization(href: string, slug: string) {
  "use cache";
  // Its events and citations: an event names its organizers' tags when it changes; sources by kind.
  return settle(
    () => getOrganizationEndpoint(new URL(href), { slug }),
    [cacheTags.organization(slug), ...lists("sources")],
  );
}

async function event(href: string, slug: string) {
  "use cache";
  // Organizers' names are shown: an organization's change must reach its events too.
  return settle(
    () => getEventEndpoint(new URL(href), { slug }),
    [cacheTags.event(slug), ...lists("organizations", "sources")],
  );
}

async function diaspora(href: string, slug: string) {
  "use cache";
  return settle(() => getDiasporaEndpoint(new URL(href), { slug }), [cacheTags.diaspora(slug), ...lists("sources")]);
}

// `day` is part of the key only: the events list reads today's date (upcoming, past), so its entries change daily.
async function list(
  name: "organizations" | "events" | "diasporas" | "countries" | "search",
  href: string,
  day: string,
) {
  "use cache";
  void day;
  const url = new URL(href);
  switch (name) {
    case "organizations":
      return settle(() => listOrganizationsEndpoint(url), lists("organizations"));
    case "events":
      return settle(() => listEventsEndpoint(url), lists("events", "organizations"));
    case "diasporas":
      // Each diaspora carries its organization and event counts.
      return settle(() => listDiasporasEndpoint(url), lists("organizations", "events", "presences"));
    case "countries":
      return settle(() => listCountriesEndpoint(url), lists("organizations", "events", "presences"));
    case "search":
      return settle(() => searchEndpoint(url), lists("organizations", "events"));
  }
}

export const cachedOrganizationEndpoint: Endpoint<{ slug: string }> = async (url, { slug }) =>
  unsettle(await organization(url.href, slug));
export const cachedEventEndpoint: Endpoint<{ slug: string }> = async (url, { slug }) =>
  unsettle(await event(url.href, slug));
export const cachedDiasporaEndpoint: Endpoint<{ slug: string }> = async (url, { slug }) =>
  unsettle(await diaspora(url.href, slug));
export const cachedListEndpoint =
  (name: Parameters<typeof list>[0]): Endpoint<unknown> =>
  async (url) =>
    unsettle(await list(name, url.href, todayIso()));
