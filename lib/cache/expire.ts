import "server-only";
import { updateTag } from "next/cache";

/**
 * Expires cached reads now, on every instance (the cache handler records the tags in Redis when shared): the
 * next request reads the database. Only from a server action (Next's updateTag), after the change committed.
 */
export function expireTags(tags: readonly string[]) {
  for (const tag of new Set(tags)) updateTag(tag);
}
