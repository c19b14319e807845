// npm start (after the build): the database (DATABASE_URL, or the embedded one), its migrations and, on an
// empty database, the seed; the seed's corrections of records an earlier seed loaded; then the production Next.js
// server on PORT (3000) through scripts/serve-next.mjs.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createDatabase } from "../lib/db/connect";
import { applyMigrations } from "../lib/db/schema-engine";
import { readEnv } from "../lib/env";
import { readSeedData, seedIfEmpty } from "../prisma/seed/seed";
import { applySeedCorrections } from "../prisma/seed/seed-corrections";
import { recordSourceReferences } from "../prisma/seed/source-references";
import { ensureAuthSecret } from "./auth/auth-secret";
import { openScriptDatabase } from "./db/database";

async function prepare() {
  const database = await openScriptDatabase({ port: readEnv().PGLITE_PORT });
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  const db = createDatabase(database.url, { max: 1 });
  try {
    const report = await seedIfEmpty(db);
    if (report) console.log(`Seeded an empty database: ${JSON.stringify(report)}`);
    const data = await readSeedData();
    const corrected = await applySeedCorrections(db, data);
    if (corrected.length)
      console.log(`Applied seed corrections (revisions where the entry keeps a history): ${corrected.join(", ")}`);
    const added = await recordSourceReferences(db, data);
    if (added.length) console.log(`Added the sources' references and figures: ${added.join(", ")}`);
  } finally {
    await db.$disconnect();
  }
  return database;
}

let database: Awaited<ReturnType<typeof prepare>>;
try {
  database = await prepare();
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  process.exit(1);
}

const env = readEnv();
const authSecret = await ensureAuthSecret(env);
// Next's own server behind a thin wrapper that gives the app the client's address from the socket
// (scripts/serve-next.mjs, docs/decisions/0019-client-address.md).
const server = spawn(
  process.execPath,
  [fileURLToPath(new URL("./serve-next.mjs", import.meta.url)), "--port", String(env.PORT)],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: authSecret,
      // The embedded server runs one query at a time; one connection keeps each request's statements together.
      ...(database.embedded ? { DATABASE_POOL_MAX: "1" } : {}),
    },
  },
);
console.log(
  `Diaspora Atlas on http://localhost:${env.PORT} (${database.embedded ? `embedded database in ${env.PGLITE_DATA_DIR}` : "DATABASE_URL"})`,
);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));
