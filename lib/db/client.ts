import "server-only";
import { env } from "@/lib/env";
import { createDatabase, type Database } from "./connect";

const globalForDb = globalThis as unknown as { atlasDb?: Database };

function open(): Database {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
  }
  return createDatabase(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
}

/** The app's one Prisma client, reused across hot reloads in development. */
export const db: Database = globalForDb.atlasDb ?? open();
if (env.NODE_ENV !== "production") globalForDb.atlasDb = db;
