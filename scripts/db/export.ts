// npm run db:export [-- <file>]   writes the whole database (DATABASE_URL, or the embedded one) to a backup file:
// .data/backups/atlas-<time>.jsonl.gz by default; gzip-compressed when the name ends in .gz.
// The file holds accounts, password hashes and session tokens: keep it as private as the database itself.
// On the embedded database, stop the app first (only one process can open its data folder).
import path from "node:path";
import { parseArgs } from "node:util";
import { exportDatabase } from "../../lib/backup/export-database";
import { openScriptDatabase, runScript } from "./database";

const { positionals } = parseArgs({ allowPositionals: true });
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const file = positionals[0] ?? path.join(".data", "backups", `atlas-${stamp}.jsonl.gz`);

await runScript(async () => {
  const database = await openScriptDatabase();
  try {
    const started = performance.now();
    const summary = await exportDatabase({
      url: database.url,
      file,
      source: database.embedded ? "embedded" : "postgresql",
    });
    const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `Wrote ${summary.file}: ${rows} rows in ${summary.tables.length} tables at migration level ${summary.migrations} (${((performance.now() - started) / 1000).toFixed(1)} s).`,
    );
    console.log("It contains password hashes and session tokens: store it as securely as the database.");
  } finally {
    await database.stop();
  }
});
