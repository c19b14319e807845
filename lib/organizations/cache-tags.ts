import "server-only";
// What publishing one entry expires (lib/cache/tags.ts): the entry, its kind's lists, and the pages of the entries it is
// linked to, which list it. Called with the published snapshot and, for an edit, the one it replaced, so a link
// that was removed expires the page that showed it too.
import { diasporaPageTags } from "@/lib/cache/entry-tags";
import { cacheTags } from "@/lib/cache/tags";
import type { Tx } from "@/lib/curation/kinds/types";
import type { OrganizationSnapshot } from "./schema";

export async function organizationTags(client: Tx, snapshot: OrganizationSnapshot): Promise<string[]> {
  return [
    cacheTags.organization(snapshot.slug),
    cacheTags.list("organizations"),
    ...(await diasporaPageTags(client, snapshot.diasporaIds)),
    ...snapshot.countryCodes.map(cacheTags.country),
  ];
}
