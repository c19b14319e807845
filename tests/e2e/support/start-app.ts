// The app of an end-to-end run, started by playwright.config.ts: on PostgreSQL (DATABASE_URL set), first an empty
// database of the run's own (./database.ts; one a previous run left behind is dropped), then scripts/start.ts on it,
// which migrates and seeds it as `npm start` does; on SIGTERM the app stops and the database is dropped. On the
// embedded database, scripts/start.ts alone.
import { spawn } from "node:child_process";
import pg from "pg";
import { E2E_DATABASE_NAME, E2E_DATABASE_URL, MAINTENANCE_DATABASE_URL } from "./database";

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function maintenance(statement: string) {
  const client = new pg.Client({ connectionString: MAINTENANCE_DATABASE_URL! });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

if (E2E_DATABASE_NAME) {
  if (!E2E_DATABASE_NAME.includes("test"))
    throw new Error(`The end-to-end database must be a test database (DATABASE_URL names "${E2E_DATABASE_NAME}").`);
  await maintenance(`DROP DATABASE IF EXISTS ${quoted(E2E_DATABASE_NAME)} WITH (FORCE)`);
  await maintenance(`CREATE DATABASE ${quoted(E2E_DATABASE_NAME)}`);
}

const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: E2E_DATABASE_NAME ? E2E_DATABASE_URL : "" },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
  }
  if (E2E_DATABASE_NAME) await maintenance(`DROP DATABASE IF EXISTS ${quoted(E2E_DATABASE_NAME)} WITH (FORCE)`);
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
app.on("exit", (code) => void stop(code ?? 1));
