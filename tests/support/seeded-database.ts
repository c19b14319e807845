// The seed (prisma/seed/data/atlas.json) in the test database, fast. `resetToSeed(db)` leaves the database as
// `resetDatabase(db)` then `seedDatabase(db, await readSeedData())` would, row for row, but seeds through the app's
// code only once per database: that state is then copied into the schema "test_seed", and every later call empties
// the application tables and copies the rows back in one statement (milliseconds instead of a second of inserts).
// Copied rows keep the ids and timestamps of that first seeding; ids are looked up by slug after a reset anyway.
// Needs a superuser (the copy runs with triggers off, so derived columns are restored exactly as seeded); without
// one it falls back to seeding through the app's code every time.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Database } from "../../lib/db/connect";
import { readSeedData, SEED_FILE, seedDatabase } from "../../prisma/seed/seed";
import { resetDatabase } from "./database";

const SNAPSHOT = "test_seed";
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Empties every application table and loads the seed, as resetDatabase then seedDatabase would. */
export async function resetToSeed(db: Database): Promise<void> {
  if (!(await isSuperuser(db))) {
    await resetDatabase(db);
    await seedDatabase(db, await readSeedData());
    return;
  }
  const key = await snapshotKey(db);
  if (!(await snapshotMatches(db, key))) await takeSnapshot(db, key);
  await db.$executeRawUnsafe(`SELECT ${SNAPSHOT}.restore()`);
}

async function isSuperuser(db: Database): Promise<boolean> {
  const [row] = await db.$queryRaw<
    { superuser: boolean }[]
  >`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`;
  return row?.superuser === true;
}

/** What the snapshot depends on: the seed file and the migrations applied (a new migration changes the tables). */
async function snapshotKey(db: Database): Promise<string> {
  const migrations = await db.$queryRaw<{ name: string; checksum: string }[]>`
    SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
  return createHash("sha256")
    .update(await readFile(SEED_FILE))
    .update(JSON.stringify(migrations))
    .digest("hex");
}

async function snapshotMatches(db: Database, key: string): Promise<boolean> {
  const [found] = await db.$queryRaw<
    { found: string | null }[]
  >`SELECT to_regclass(${`${SNAPSHOT}._key`})::text AS found`;
  if (!found?.found) return false;
  const rows = await db.$queryRawUnsafe<{ key: string }[]>(`SELECT key FROM ${SNAPSHOT}._key`);
  return rows.length === 1 && rows[0]!.key === key;
}

async function takeSnapshot(db: Database, key: string): Promise<void> {
  await resetDatabase(db);
  await seedDatabase(db, await readSeedData());
  // Stored columns only: generated ones are computed again on insert.
  const columns = await db.$queryRaw<{ table: string; column: string }[]>`
    SELECT c.relname AS table, a.attname AS column
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`;
  const tables = new Map<string, string[]>();
  for (const { table, column } of columns) tables.set(table, [...(tables.get(table) ?? []), quote(column)]);
  const sequences = await db.$queryRaw<{ name: string; value: string | null }[]>`
    SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`;

  const restore = [
    // Triggers (and foreign-key checks) off for this transaction: the rows are copied back exactly as seeded.
    `PERFORM set_config('session_replication_role', 'replica', true);`,
    ...(tables.size
      ? [`TRUNCATE ${[...tables.keys()].map((t) => `public.${quote(t)}`).join(", ")} RESTART IDENTITY CASCADE;`]
      : []),
    ...[...tables].map(
      ([t, cols]) =>
        `INSERT INTO public.${quote(t)} (${cols.join(", ")}) OVERRIDING SYSTEM VALUE SELECT ${cols.join(", ")} FROM ${SNAPSHOT}.${quote(t)};`,
    ),
    ...sequences
      .filter((s) => s.value !== null)
      .map((s) => `PERFORM setval('public.${quote(s.name).replaceAll("'", "''")}', ${BigInt(s.value!)}, true);`),
    `PERFORM set_config('session_replication_role', 'origin', true);`,
  ];
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SNAPSHOT} CASCADE`);
    await tx.$executeRawUnsafe(`CREATE SCHEMA ${SNAPSHOT}`);
    for (const [t, cols] of tables)
      await tx.$executeRawUnsafe(
        `CREATE TABLE ${SNAPSHOT}.${quote(t)} AS SELECT ${cols.join(", ")} FROM public.${quote(t)}`,
      );
    await tx.$executeRawUnsafe(
      `CREATE FUNCTION ${SNAPSHOT}.restore() RETURNS void LANGUAGE plpgsql AS $restore$\nBEGIN\n${restore.join("\n")}\nEND\n$restore$`,
    );
    await tx.$executeRawUnsafe(`CREATE TABLE ${SNAPSHOT}._key (key text NOT NULL)`);
    await tx.$executeRawUnsafe(`INSERT INTO ${SNAPSHOT}._key VALUES ('${key}')`);
  });
}
