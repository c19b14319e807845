// The "use cache" handler next.config.ts names: Redis shared by every instance when REDIS_URL is set, otherwise
// Next's own in-memory LRU (one process). Chosen when the server starts, so one build serves both set-ups.
// Reads process.env directly: Next imports this file on its own, before the app (and lib/env.ts) is loaded.
import nextDefault from "next/dist/server/lib/cache-handlers/default.js";
import { createRedisCacheHandler } from "./redis-cache-handler.mjs";

const MEMORY_BYTES = 64 * 1024 * 1024;

const handler = process.env.REDIS_URL
  ? createRedisCacheHandler({ url: process.env.REDIS_URL, prefix: process.env.CACHE_KEY_PREFIX || "atlas:" })
  : nextDefault.createDefaultCacheHandler(MEMORY_BYTES);

export default handler;
