// npm run db:diff -- --name add_x   writes prisma/migrations/<timestamp>_add_x/migration.sql for schema changes
// npm run db:diff -- --check        exits 1 when schema.prisma and prisma/migrations disagree
// Builds a throw-away in-memory database from the migrations, so it needs no server.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { MIGRATIONS_DIR, diffMigrationsToSchema } from "../../lib/db/schema-engine";
import { runScript } from "./database";

const { values } = parseArgs({ options: { name: { type: "string" }, check: { type: "boolean", default: false } } });

await runScript(async () => {
  const scratch = await startEmbeddedDatabase();
  let sql: string;
  try {
    sql = await diffMigrationsToSchema(scratch.url);
  } finally {
    await scratch.stop();
  }
  if (!sql) {
    console.log("schema.prisma and prisma/migrations agree: no changes.");
    return;
  }
  if (values.check) {
    console.log(sql);
    throw new Error("schema.prisma has changes that no migration records: run `npm run db:diff -- --name <change>`");
  }
  if (!values.name) {
    console.log(sql);
    return;
  }
  if (!/^[a-z0-9_]+$/.test(values.name)) throw new Error("--name takes lowercase letters, digits and underscores");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${values.name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
});
