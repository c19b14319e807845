// The shared cache handler (lib/cache/redis-cache-handler.mjs) against a real Redis, as two app instances use it:
// two handler objects with their own connections and the same key prefix. An entry one instance stored is served
// to the other; a tag one expires is a miss on the other's next read, while entries without that tag still serve.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createRedisCacheHandler } from "../../lib/cache/redis-cache-handler.mjs";

const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `atlas-test:${randomUUID()}:`;
const silent = { error: () => {} };
const a = createRedisCacheHandler({ url, prefix, log: silent });
const b = createRedisCacheHandler({ url, prefix, log: silent });

afterAll(async () => {
  const keys = await a.client.keys(`${prefix}*`);
  if (keys.length) await a.client.del(...keys);
  a.client.disconnect();
  b.client.disconnect();
});

const stream = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

const entry = (text: string, tags: string[], timestamp = Date.now()) => ({
  value: stream(text),
  tags,
  stale: 300,
  timestamp,
  expire: 604800,
  revalidate: 86400,
});

async function read(handler: typeof a, key: string, softTags: string[] = []) {
  const found = await handler.get(key, softTags);
  return found ? { ...found, text: await new Response(found.value).text() } : undefined;
}

describe("Redis cache handler shared by two instances", () => {
  it("serves an entry stored by one instance to the other, with its tags and timings", async () => {
    await a.set(
      "profile:armenian-house",
      Promise.resolve(entry("Armenian House", ["organization:armenian-house", "sources"])),
    );
    const seen = await read(b, "profile:armenian-house");
    expect(seen).toMatchObject({
      text: "Armenian House",
      tags: ["organization:armenian-house", "sources"],
      revalidate: 86400,
      expire: 604800,
    });
    // Every read gets its own stream over the stored bytes.
    expect((await read(b, "profile:armenian-house"))?.text).toBe("Armenian House");
    expect(await read(b, "profile:unknown")).toBeUndefined();
  });

  it("expires exactly the entries carrying a tag that another instance updated", async () => {
    const made = Date.now() - 1000;
    await a.set("page:one", Promise.resolve(entry("one", ["organization:one", "organizations"], made)));
    await a.set("page:two", Promise.resolve(entry("two", ["organization:two", "organizations"], made)));
    await a.set("page:event", Promise.resolve(entry("event", ["event:x", "events"], made)));
    await b.updateTags(["organization:one", "organizations"]);
    expect(await read(a, "page:one")).toBeUndefined();
    expect(await read(a, "page:two")).toBeUndefined();
    expect((await read(a, "page:event"))?.text).toBe("event");
    // An entry made after the invalidation is fresh again.
    await a.set("page:one", Promise.resolve(entry("one, edited", ["organization:one", "organizations"])));
    expect((await read(b, "page:one"))?.text).toBe("one, edited");
  });

  it("reports soft-tag expirations (revalidatePath) to both instances through getExpiration", async () => {
    expect(await a.getExpiration(["_N_T_/en/moderate"])).toBe(0);
    const before = Date.now();
    await a.updateTags(["_N_T_/en/moderate"]);
    const expiration = await b.getExpiration(["_N_T_/en/moderate", "_N_T_/layout"]);
    expect(expiration).toBeGreaterThanOrEqual(before);
    expect(expiration).toBeLessThanOrEqual(Date.now());
  });

  it("serves a stale-tagged entry once for a background refresh (revalidateTag with a profile)", async () => {
    await a.set("page:stale", Promise.resolve(entry("stale", ["stats"], Date.now() - 1000)));
    await b.updateTags(["stats"], { expire: 3600 });
    expect(await read(a, "page:stale")).toMatchObject({ text: "stale", revalidate: -1 });
  });

  it("keeps no entry Next marks as dynamic (expire 0)", async () => {
    await a.set("page:dynamic", Promise.resolve({ ...entry("dynamic", []), expire: 0 }));
    expect(await read(b, "page:dynamic")).toBeUndefined();
  });

  it("misses rather than fails while Redis is unreachable", async () => {
    const down = createRedisCacheHandler({ url: "redis://127.0.0.1:1", prefix, log: silent });
    try {
      expect(await down.get("profile:armenian-house", [])).toBeUndefined();
      expect(await down.getExpiration(["organizations"])).toBe(0);
      await expect(down.set("x", Promise.resolve(entry("x", [])))).resolves.toBeUndefined();
    } finally {
      down.client.disconnect();
    }
  });
});
