import "server-only";
// What publishing one entry expires (lib/cache/tags.ts): the entry, its kind's lists, and the pages of the entries it is
// linked to, which list it. Called with the published snapshot and, for an edit, the one it replaced, so a link
// that was removed expires the page that showed it too.
import { cacheTags } from "@/lib/cache/tags";
import type { Tx } from "@/lib/curation/kinds/types";
import type { SourceSnapshot } from "./schema";

export async function sourceTags(_client: Tx, snapshot: SourceSnapshot): Promise<string[]> {
  return [cacheTags.source(snapshot.key), cacheTags.list("sources")];
}
