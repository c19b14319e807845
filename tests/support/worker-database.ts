// On PostgreSQL, integration test files run in parallel (vitest.config.ts), each worker on a database of its own:
// a copy of the migrated test database (CREATE DATABASE … TEMPLATE), named after it with the worker's number
// ("atlas_test" → "atlas_test_w2"), made by the worker's first file of the run and reused by its later files, which
// empty the tables they use as before. global-setup.ts drops these copies before and after each run. Nothing may stay
// connected to the template meanwhile, so these statements run from the server's maintenance database.
import pg from "pg";

export const WORKER_SUFFIX = "_w";

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function onMaintenanceDatabase<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A template must have no other session: a connection the migrations left open lingers until its pool idles it out. */
async function copyWhenFree(client: pg.Client, name: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
      return;
    } catch (error) {
      // 55006 object_in_use: "source database … is being accessed by other users".
      if ((error as { code?: string }).code !== "55006" || attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** The URL of this worker's copy of the test database at `base`, made from it when missing. */
export async function workerDatabaseUrl(base: string): Promise<string> {
  const name = `${databaseName(base)}${WORKER_SUFFIX}${process.env.VITEST_POOL_ID ?? "1"}`;
  await onMaintenanceDatabase(base, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await copyWhenFree(client, name, databaseName(base));
  });
  const url = new URL(base);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** Drops every worker copy of the test database at `base`, closing their connections. */
export async function dropWorkerDatabases(base: string): Promise<void> {
  const prefix = `${databaseName(base)}${WORKER_SUFFIX}`;
  await onMaintenanceDatabase(base, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      "SELECT datname AS name FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    for (const { name } of rows) {
      if (/^\d+$/.test(name.slice(prefix.length)))
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    }
  });
}
