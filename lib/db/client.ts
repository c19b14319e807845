import "server-only";
import { env } from "@/lib/env";
import { noteDatabaseError, watchDatabase } from "./availability";
import { createDatabase, type Database } from "./connect";

const globalForDb = globalThis as unknown as { atlasDb?: Database };

function open(): Database {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
  }
  // The watcher notices an outage (and the database's return) for the proxy, actions and /api/health.
  watchDatabase(env.DATABASE_URL);
  const created = createDatabase(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX, onConnectionError: (error) => noteDatabaseError(error) });
  globalForDb.atlasDb = created;
  return created;
}

/**
 * The app's one Prisma client, opened on first use (so `next build` never needs a database) and reused
 * across hot reloads in development.
 */
export const db = new Proxy({} as Database, {
  get(_target, property) {
    const client = globalForDb.atlasDb ?? open();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
