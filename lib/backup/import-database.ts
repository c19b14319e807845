// Restores a backup file into an empty database: the whole file is checked first (nothing is touched if it is
// damaged, truncated or of another format), the schema is brought to the backup's migration level when the
// database is blank, then every row goes in inside one transaction, parents before children, and is compared with
// the backup's per-table digests before the commit. Any refusal or failure leaves the rows as they were.
import type pg from "pg";
import { applyMigrations, readMigrations } from "../db/schema-engine";
import {
  appliedMigrations,
  connect,
  describeTables,
  firstNonEmptyTable,
  quote,
  tableDigests,
  type Table,
} from "./catalog";
import { BackupError, type BackupHeader, type BackupTable } from "./format";
import { readDump, type Row } from "./read-dump";

export type ImportOptions = { url: string; file: string };
/** `newer`: migrations in prisma/migrations that the backup predates; they run at the next start or db:migrate. */
export type ImportSummary = {
  tables: { name: string; rows: number }[];
  migrated: string[];
  migrations: string[];
  newer: number;
};

/** Stays well under PostgreSQL's 65 535 parameters per statement. */
const PARAMETERS_PER_INSERT = 20_000;
const batchSize = (table: { columns: unknown[] }) =>
  Math.max(1, Math.min(1_000, Math.floor(PARAMETERS_PER_INSERT / table.columns.length)));

/** A blank database gets the backup's migrations (no later ones: those run at the next start or db:migrate). */
async function migrateBlank(url: string, header: BackupHeader): Promise<string[]> {
  const local = (await readMigrations()).migrationDirectories.map((m) => m.path).sort();
  const unknown = header.migrations.find((name) => !local.includes(name));
  if (unknown)
    throw new BackupError(
      `this backup was made by a newer version of the app (migration ${unknown} is not in prisma/migrations): update the app, then import`,
    );
  if (header.migrations.some((name, i) => local[i] !== name))
    throw new BackupError(
      "the backup's migrations are not a prefix of prisma/migrations; it cannot be restored by this version",
    );
  return applyMigrations(url, { upTo: header.migrations.at(-1) });
}

/** Same tables, same columns, same types: the backup fits this schema. Returns the target's description. */
function matchSchema(header: BackupHeader, target: Table[]): Map<string, Table> {
  const byName = new Map(target.map((t) => [t.name, t]));
  const describe = (t: { columns: { name: string; type: string }[] }) =>
    t.columns
      .map((c) => `${c.name} ${c.type}`)
      .sort()
      .join(", ");
  for (const table of header.tables) {
    const here = byName.get(table.name);
    if (!here) throw new BackupError(`the backup has a table ${table.name} that this database lacks`);
    if (describe(here) !== describe(table))
      throw new BackupError(`the columns of ${table.name} differ between the backup and this database`);
  }
  const missing = target.find((t) => !header.tables.some((b) => b.name === t.name));
  if (missing) throw new BackupError(`this database has a table ${missing.name} that the backup lacks`);
  return byName;
}

/** One multi-row INSERT; each value is the type's text form, read by its input function through the cast. */
async function insertRows(client: pg.Client, target: Table, table: BackupTable, rows: Row[]) {
  const types = new Map(target.columns.map((c) => [c.name, c.type]));
  const width = table.columns.length;
  const tuples = rows.map(
    (_, r) => `(${table.columns.map((c, i) => `$${r * width + i + 1}::${types.get(c.name)}`).join(", ")})`,
  );
  const text = `INSERT INTO ${quote(target.name)} (${table.columns.map((c) => quote(c.name)).join(", ")}) VALUES ${tuples.join(", ")}`;
  // Full batches share one prepared statement per table.
  try {
    await client.query({ name: `restore_${target.name}_${rows.length}`.slice(0, 63), text, values: rows.flat() });
  } catch (error) {
    throw new BackupError(`could not restore ${target.name}: ${(error as Error).message.split("\n")[0]}`);
  }
}

async function verify(client: pg.Client, header: BackupHeader, target: Table[]) {
  const restored = await tableDigests(client, target);
  for (const table of header.tables) {
    const got = restored.get(table.name)!;
    if (got.rows !== table.rows)
      throw new BackupError(`after loading, ${table.name} has ${got.rows} rows instead of ${table.rows}`);
    if (got.digest !== table.digest)
      throw new BackupError(`after loading, the rows of ${table.name} differ from the backup's (digest mismatch)`);
  }
}

async function restoreSequences(client: pg.Client, header: BackupHeader) {
  for (const sequence of header.sequences) {
    if (sequence.lastValue === null) continue;
    const { rows } = await client.query(
      `SELECT 1 FROM pg_sequences WHERE schemaname = 'public' AND sequencename = $1`,
      [sequence.name],
    );
    if (rows.length)
      await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [quote(sequence.name), sequence.lastValue]);
  }
}

export async function importDatabase({ url, file }: ImportOptions): Promise<ImportSummary> {
  const header = await readDump(file);
  const client = await connect(url);
  try {
    let migrated: string[] = [];
    let applied = await appliedMigrations(client);
    if (applied.length === 0) {
      const tables = await describeTables(client);
      if (tables.length)
        throw new BackupError(
          `the database is not empty (it has tables, such as ${tables[0]!.name}, but no migration record): restore into an empty database`,
        );
      migrated = await migrateBlank(url, header);
      applied = await appliedMigrations(client);
    }
    if (applied.join() !== header.migrations.join()) {
      throw new BackupError(
        `the database's schema (migration ${applied.at(-1)}) differs from the backup's (${header.migrations.at(-1)}): restore into a blank database, which is migrated to the backup's level`,
      );
    }
    const target = await describeTables(client);
    const byName = matchSchema(header, target);

    await client.query("BEGIN");
    try {
      const busy = await firstNonEmptyTable(client, target);
      if (busy)
        throw new BackupError(
          `the database is not empty (${busy} has rows): a backup is restored only into an empty database`,
        );
      await readDump(file, {
        batchSize,
        rows: (table, rows) => insertRows(client, byName.get(table.name)!, table, rows),
      });
      await verify(client, header, target);
      await restoreSequences(client, header);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
    const newer = (await readMigrations()).migrationDirectories.filter(
      (m) => !header.migrations.includes(m.path),
    ).length;
    return {
      tables: header.tables.map((t) => ({ name: t.name, rows: t.rows })),
      migrated,
      migrations: header.migrations,
      newer,
    };
  } finally {
    await client.end().catch(() => {});
  }
}
