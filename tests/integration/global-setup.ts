// One test database per run: DATABASE_URL when set (a real PostgreSQL whose name says "test"), otherwise a
// fresh in-memory PGlite. Migrations are applied once here; tests then reset the tables they use. On PostgreSQL the
// migrated database is the template each worker copies (tests/support/worker-database.ts); copies from an earlier
// run are dropped first, since they may predate a migration, and again at the end.
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/schema-engine";
import { checkConnection } from "../../lib/db/check-connection";
import { dropWorkerDatabases } from "../support/worker-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "postgresql" | "embedded";
  }
}

let embedded: EmbeddedDatabase | undefined;
let template: string | undefined;

export async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  if (url) {
    const name = new URL(url).pathname.slice(1);
    if (!/test/i.test(name)) {
      throw new Error(
        `Integration tests empty their database; "${name}" does not look like a test database (its name must contain "test").`,
      );
    }
    await checkConnection(url);
    await dropWorkerDatabases(url);
    template = url;
  } else {
    embedded = await startEmbeddedDatabase();
    url = embedded.url;
  }
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  project.provide("databaseKind", embedded ? "embedded" : "postgresql");
}

export async function teardown() {
  await embedded?.stop();
  if (template) await dropWorkerDatabases(template);
}
