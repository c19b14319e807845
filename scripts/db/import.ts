// npm run db:import -- <file>   restores a backup written by db:export into an EMPTY database (DATABASE_URL, or
// the embedded one in PGLITE_DATA_DIR). A blank database is first migrated to the backup's level; a damaged,
// truncated or foreign file, a database holding any row or at another migration level is refused, unchanged.
// On the embedded database, stop the app first and point PGLITE_DATA_DIR at a new folder (or move the old one).
import { parseArgs } from "node:util";
import { importDatabase } from "../../lib/backup/import-database";
import { openScriptDatabase, runScript } from "./database";

const { positionals } = parseArgs({ allowPositionals: true });

await runScript(async () => {
  const file = positionals[0];
  if (!file) throw new Error("usage: npm run db:import -- <backup file>");
  const database = await openScriptDatabase();
  try {
    const started = performance.now();
    const summary = await importDatabase({ url: database.url, file });
    const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
    if (summary.migrated.length)
      console.log(`Created the schema: ${summary.migrated.length} migration(s) up to ${summary.migrations.at(-1)}.`);
    console.log(
      `Restored ${rows} rows in ${summary.tables.length} tables from ${file}; row counts and digests verified (${((performance.now() - started) / 1000).toFixed(1)} s).`,
    );
    if (summary.newer)
      console.log(
        `The app has ${summary.newer} newer migration(s): \`npm start\` or \`npm run db:migrate\` applies them.`,
      );
  } finally {
    await database.stop();
  }
});
