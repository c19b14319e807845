// A second, blank database beside the test database, for tests that copy data between two (backups): on
// PostgreSQL a new database on the same server named after the test one (so it says "test" too), on the embedded
// database a second in-memory PGlite.
import pg from "pg";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { testDatabaseUrl } from "./database";

export type ScratchDatabase = { url: string; drop(): Promise<void> };

let counter = 0;

async function admin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(kind: "postgresql" | "embedded"): Promise<ScratchDatabase> {
  if (kind === "embedded") {
    const embedded = await startEmbeddedDatabase();
    return { url: embedded.url, drop: embedded.stop };
  }
  const base = new URL(testDatabaseUrl());
  const name = `${base.pathname.slice(1)}_scratch_${process.pid}_${++counter}`;
  await admin(base.toString(), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}"`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(base.toString(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
