import { inject } from "vitest";

// The app's modules (lib/env.ts, lib/db/client.ts) read DATABASE_URL when first imported.
process.env.DATABASE_URL = inject("databaseUrl");
// The embedded database has one session for all connections: like scripts/start.ts for the app, one
// connection, so a transaction's statements are never interleaved with another connection's.
if (inject("databaseKind") === "embedded") process.env.DATABASE_POOL_MAX = "1";
