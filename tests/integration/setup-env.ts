import { inject } from "vitest";
import { workerDatabaseUrl } from "../support/worker-database";

// On PostgreSQL each worker has its own copy of the test database (files run in parallel); the embedded database
// is one in-memory instance, so its files run one after another on it.
const url =
  inject("databaseKind") === "postgresql" ? await workerDatabaseUrl(inject("databaseUrl")) : inject("databaseUrl");
// tests/support/database.ts: testDatabaseUrl() (a test may point DATABASE_URL elsewhere for a while).
process.env.ATLAS_TEST_DATABASE_URL = url;
// The app's modules (lib/env.ts, lib/db/client.ts) read DATABASE_URL when first imported.
process.env.DATABASE_URL = url;
// The embedded database has one session for all connections: like scripts/start.ts for the app, one
// connection, so a transaction's statements are never interleaved with another connection's.
if (inject("databaseKind") === "embedded") process.env.DATABASE_POOL_MAX = "1";
