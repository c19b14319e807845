import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { readReplicas } from "@prisma/extension-read-replicas";
import { env } from "@/lib/env";
import { noteDatabaseError, watchDatabase } from "./availability";
import { createDatabase, type Database } from "./connect";

const globalForDb = globalThis as unknown as { atlasDb?: Database; atlasReplicated?: Database };

function open(): Database {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
  }
  // The watcher notices an outage (and the database's return) for the proxy, actions and /api/health.
  watchDatabase(env.DATABASE_URL);
  const created = createDatabase(env.DATABASE_URL, {
    max: env.DATABASE_POOL_MAX,
    onConnectionError: (error) => noteDatabaseError(error),
  });
  globalForDb.atlasDb = created;
  return created;
}

/** The primary, with reads sent to the replicas in DATABASE_REPLICA_URLS (writes still go to the primary). */
function openReplicated(): Database {
  const replicas = env.DATABASE_REPLICA_URLS.map((url) => createDatabase(url, { max: env.DATABASE_POOL_MAX }));
  const primary = globalForDb.atlasDb ?? open();
  // The extension keeps the client's API; its type adds $primary()/$replica(), which callers here do not use.
  const replicated = primary.$extends(readReplicas({ replicas })) as unknown as Database;
  globalForDb.atlasReplicated = replicated;
  return replicated;
}

const onReplica = new AsyncLocalStorage<true>();

/**
 * Runs a public read on a read replica when DATABASE_REPLICA_URLS is set. Only the cached public reads
 * (lib/cache/public-reads.ts) do: curation, auth and everything that must see its own writes stays on the primary.
 */
export function readFromReplica<T>(read: () => Promise<T>): Promise<T> {
  return env.DATABASE_REPLICA_URLS.length > 0 ? onReplica.run(true, read) : read();
}

/**
 * The app's one Prisma client, opened on first use (so `next build` never needs a database) and reused
 * across hot reloads in development.
 */
export const db = new Proxy({} as Database, {
  get(_target, property) {
    const client = onReplica.getStore()
      ? (globalForDb.atlasReplicated ?? openReplicated())
      : (globalForDb.atlasDb ?? open());
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
