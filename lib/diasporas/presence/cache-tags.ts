import "server-only";
// What publishing one entry expires (lib/cache/tags.ts): the entry, its kind's lists, and the pages of the entries it is
// linked to, which list it. Called with the published snapshot and, for an edit, the one it replaced, so a link
// that was removed expires the page that showed it too.
import { diasporaPageTags } from "@/lib/cache/entry-tags";
import { cacheTags } from "@/lib/cache/tags";
import type { Tx } from "@/lib/curation/kinds/types";
import type { PresenceSnapshot } from "./schema";

export async function presenceTags(client: Tx, snapshot: PresenceSnapshot): Promise<string[]> {
  return [
    cacheTags.list("presences"),
    ...(await diasporaPageTags(client, [snapshot.diasporaId])),
    cacheTags.country(snapshot.countryCode),
  ];
}
