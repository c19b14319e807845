// Types of redis-cache-handler.mjs (plain JavaScript, since Next imports it outside the app's bundle).
import type { Redis } from "ioredis";
import type { CacheHandler } from "next/cache";

export type RedisCacheHandlerOptions = { url?: string; prefix?: string; client?: Redis; log?: Pick<Console, "error"> };

export function createRedisCacheHandler(options?: RedisCacheHandlerOptions): CacheHandler & { client: Redis };
