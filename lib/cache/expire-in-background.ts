import "server-only";
// Expiring cached reads from a background job, where Next's updateTag has no request to attach to. In the app
// process the job reaches the cache handlers Next registered (on globalThis, by Next's own symbol); in a worker
// process of its own, the shared Redis cache when REDIS_URL is set. A worker beside apps with in-memory caches
// cannot reach them: their pages refresh within the cache life (README, "Background jobs").
import type { CacheHandler } from "next/cache";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/log";

const HANDLERS = Symbol.for("@next/cache-handlers-set");
let redisHandler: CacheHandler | null = null;

async function handlers(): Promise<CacheHandler[]> {
  const registered = (globalThis as Record<symbol, Set<CacheHandler> | undefined>)[HANDLERS];
  if (registered?.size) return [...registered];
  if (!env.REDIS_URL) return [];
  if (!redisHandler) {
    const { createRedisCacheHandler } = await import("./redis-cache-handler.mjs");
    redisHandler = createRedisCacheHandler({ url: env.REDIS_URL, prefix: env.CACHE_KEY_PREFIX });
  }
  return [redisHandler];
}

/** Expires the tags now on every cache this process can reach; the next request reads the database. */
export async function expireTagsInBackground(tags: readonly string[]): Promise<number> {
  if (tags.length === 0) return 0;
  const reachable = await handlers();
  for (const handler of reachable) {
    try {
      await handler.updateTags([...new Set(tags)], { expire: 0 });
    } catch (error) {
      log("error", "cache tags not expired", { error, tags: tags.length });
    }
  }
  return reachable.length;
}
