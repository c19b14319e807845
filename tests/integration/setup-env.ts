import { inject } from "vitest";
import { workerDatabaseUrl } from "../support/worker-database";

// Each worker has a database of its own, so files run in parallel: on PostgreSQL a copy of the test database, on
// the embedded database an in-memory instance of its own (tests/integration/global-setup.ts).
const embeddedUrls = inject("embeddedUrls");
const url =
  inject("databaseKind") === "postgresql"
    ? await workerDatabaseUrl(inject("databaseUrl"))
    : embeddedUrls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % embeddedUrls.length]!;
// tests/support/database.ts: testDatabaseUrl() (a test may point DATABASE_URL elsewhere for a while).
process.env.ATLAS_TEST_DATABASE_URL = url;
// The app's modules (lib/env.ts, lib/db/client.ts) read DATABASE_URL when first imported.
process.env.DATABASE_URL = url;
// The embedded database has one session for all connections: like scripts/start.ts for the app, one
// connection, so a transaction's statements are never interleaved with another connection's.
if (inject("databaseKind") === "embedded") process.env.DATABASE_POOL_MAX = "1";
