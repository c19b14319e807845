// A Next.js cache handler ("use cache") over Redis, so every app instance reads the same entries and the same tag
// invalidations: a moderator's approval on one instance is seen by the next request on any other. Plain ESM
// JavaScript because Next loads cache handlers with a bare import() at run time, outside the app's bundle.
// The interface: node_modules/next/dist/docs/01-app/03-api-reference/05-config/01-next-config-js/cacheHandlers.md
import { Redis } from "ioredis";

/** @typedef {import("next/cache").CacheEntry} CacheEntry */
/** @typedef {{ stale?: number; expired?: number }} TagState */

const streamOf = (bytes) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

async function bytesOf(stream) {
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

// One key per entry: a JSON header line (tags, timestamps) then the serialized value, in one GET.
function encode(entry, value) {
  const { value: _ignored, ...meta } = entry;
  return Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`), value]);
}

function decode(raw) {
  const newline = raw.indexOf(10);
  return {
    meta: JSON.parse(raw.subarray(0, newline).toString("utf8")),
    value: new Uint8Array(raw.subarray(newline + 1)),
  };
}

/**
 * @param {{ url?: string; prefix?: string; client?: Redis; log?: Pick<Console, "error"> }} options
 * @returns {import("next/cache").CacheHandler & { client: Redis }}
 */
/** How long a cache read waits for Redis before the request renders from the database instead. */
const READ_TIMEOUT_MS = 500;

export function createRedisCacheHandler({ url, prefix = "atlas:", client, log = console } = {}) {
  // Commands wait for the first connection, but while Redis is down they fail after one retry (a read then
  // misses and renders from the database) rather than queue requests behind it.
  const redis =
    client ?? new Redis(url ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  let reported = 0;
  const report = (what, error) => {
    // One line a minute at most, so an outage does not flood the log.
    if (Date.now() - reported < 60_000) return;
    reported = Date.now();
    log.error(
      `cache: Redis ${what} failed, serving uncached: ${error instanceof Error ? error.message : String(error)}`,
    );
  };
  redis.on("error", (error) => report("connection", error));

  const entryKey = (cacheKey) => `${prefix}entry:${cacheKey}`;
  const tagsKey = `${prefix}tags`;
  /** Sets in progress in this process: a get for the same key waits for them rather than missing. */
  const pending = new Map();

  /**
   * A read that Redis does not answer in time is a miss: with Redis unreachable (packets dropped, not refused) each
   * command would otherwise wait for reconnection attempts, and a page awaits several reads one after another.
   */
  function bounded(command) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${READ_TIMEOUT_MS} ms`)), READ_TIMEOUT_MS);
    });
    return Promise.race([command, timeout]).finally(() => clearTimeout(timer));
  }

  /** @returns {Promise<(TagState | null)[]>} */
  async function tagStates(tags, read = bounded) {
    if (tags.length === 0) return [];
    const values = await read(redis.hmget(tagsKey, ...tags));
    return values.map((v) => (v ? JSON.parse(v) : null));
  }

  return {
    client: redis,

    async get(cacheKey) {
      await pending.get(cacheKey);
      try {
        const raw = await bounded(redis.getBuffer(entryKey(cacheKey)));
        if (!raw) return undefined;
        const { meta, value } = decode(raw);
        const now = Date.now();
        let revalidate = meta.revalidate;
        for (const state of await tagStates(meta.tags)) {
          if (!state) continue;
          // Invalidated after the entry was made: a miss now (updateTag), or served once while refreshed (stale).
          if (state.expired !== undefined && state.expired > meta.timestamp && state.expired <= now) return undefined;
          if (state.stale !== undefined && state.stale > meta.timestamp) revalidate = -1;
        }
        return { ...meta, revalidate, value: streamOf(value) };
      } catch (error) {
        report("read", error);
        return undefined;
      }
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pending.set(cacheKey, new Promise((resolve) => (done = resolve)));
      try {
        const entry = await pendingEntry;
        const value = await bytesOf(entry.value);
        // expire 0: a dynamic entry Next asks not to keep (as the built-in handler skips it).
        if (entry.expire === 0) return;
        const ttl = Number.isFinite(entry.expire) ? ["EX", Math.max(1, Math.ceil(entry.expire))] : [];
        await redis.set(entryKey(cacheKey), encode(entry, value), ...ttl);
      } catch (error) {
        report("write", error);
      } finally {
        pending.delete(cacheKey);
        done();
      }
    },

    // Tag state is read from Redis on every check (get, getExpiration), so there is nothing to sync per request.
    async refreshTags() {},

    async getExpiration(tags) {
      try {
        const now = Date.now();
        const expired = (await tagStates(tags)).map((s) =>
          s?.expired !== undefined && s.expired <= now ? s.expired : 0,
        );
        return Math.max(0, ...expired);
      } catch (error) {
        report("read", error);
        return 0;
      }
    },

    async updateTags(tags, durations) {
      if (tags.length === 0) return;
      const now = Date.now();
      const current = await tagStates(tags, (command) => command);
      const fields = tags.flatMap((tag, i) => {
        const state = { ...(current[i] ?? {}) };
        if (durations) {
          state.stale = now;
          if (durations.expire !== undefined) state.expired = now + durations.expire * 1000;
        } else {
          state.expired = now;
        }
        return [tag, JSON.stringify(state)];
      });
      // Not caught: an invalidation that did not reach Redis must fail the action that asked for it, not pass silently.
      await redis.hset(tagsKey, ...fields);
    },
  };
}
