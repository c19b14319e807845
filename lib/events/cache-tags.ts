import "server-only";
// What publishing one entry expires (lib/cache/tags.ts): the entry, its kind's lists, and the pages of the entries it is
// linked to, which list it. Called with the published snapshot and, for an edit, the one it replaced, so a link
// that was removed expires the page that showed it too.
import { diasporaPageTags, organizationPageTags } from "@/lib/cache/entry-tags";
import { cacheTags } from "@/lib/cache/tags";
import type { Tx } from "@/lib/curation/kinds/types";
import type { EventSnapshot } from "./schema";

// Its organizers' pages list it (and, through their tag, the other pages naming them).
export async function eventTags(client: Tx, snapshot: EventSnapshot): Promise<string[]> {
  return [
    cacheTags.event(snapshot.slug),
    cacheTags.list("events"),
    ...(await diasporaPageTags(client, snapshot.diasporaIds)),
    ...(snapshot.countryCode ? [cacheTags.country(snapshot.countryCode)] : []),
    ...(await organizationPageTags(client, snapshot.organizerIds)),
  ];
}
