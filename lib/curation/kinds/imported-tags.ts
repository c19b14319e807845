import "server-only";
import { cacheTags } from "@/lib/cache/tags";
import { kindOf } from "./index";
import type { Tx } from "./types";

/**
 * What an import published: each created or updated entry's tags as it now stands, and the source it cites.
 * (Links an update removed are not known afterwards; the kind's list tag covers the lists, and the pages of
 * diasporas or countries it left refresh within their cache life.)
 */
export async function importedTags(
  client: Tx,
  kindName: string,
  slugs: string[],
  sourceKey: string | undefined,
): Promise<string[]> {
  const kind = kindOf(kindName);
  if (!kind) return [];
  const tags: string[] = sourceKey ? [cacheTags.source(sourceKey), cacheTags.list("sources")] : [];
  for (const slug of slugs) {
    const stored = await kind.find(client, slug);
    if (stored) tags.push(...(await kind.cacheTags(client, stored.snapshot)));
  }
  return [...new Set(tags)];
}
