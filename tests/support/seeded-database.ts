// The seed (prisma/seed/data/atlas.json), or any other seed data, in the test database, fast. `resetToSeed(db, data)`
// leaves the database as `resetDatabase(db)` then `seedDatabase(db, data ?? await readSeedData())` would, row for
// row, but seeds through the app's code only once per database and data: that state is then copied into a schema of
// its own ("test_seed_" and a hash of the data), and every later call with the same data empties the application
// tables and copies the rows back in one statement (milliseconds instead of seconds of inserts). Tests that load an
// earlier seed (tests/integration/seed-corrections.test.ts) each get theirs the same way.
// Copied rows keep the ids and timestamps of that first seeding; ids are looked up by slug after a reset anyway.
// Needs a superuser (the copy runs with triggers off, so derived columns are restored exactly as seeded); without
// one it falls back to seeding through the app's code every time.
import { createHash } from "node:crypto";
import type { Database } from "../../lib/db/connect";
import { readSeedData, seedDatabase } from "../../prisma/seed/seed";
import type { SeedData } from "../../prisma/seed/seed-schema";
import { resetDatabase } from "./database";

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Empties every application table and loads `data` (the seed file when left out), as resetDatabase then
 * seedDatabase would.
 */
export async function resetToSeed(db: Database, data?: SeedData): Promise<void> {
  const seed = data ?? (await readSeedData());
  if (!(await isSuperuser(db))) {
    await resetDatabase(db);
    await seedDatabase(db, seed);
    return;
  }
  const digest = createHash("sha256").update(JSON.stringify(seed)).digest("hex");
  const snapshot = `test_seed_${digest.slice(0, 16)}`;
  const key = await snapshotKey(db, digest);
  if (!(await snapshotMatches(db, snapshot, key))) await takeSnapshot(db, snapshot, key, seed);
  await db.$executeRawUnsafe(`SELECT ${snapshot}.restore()`);
}

async function isSuperuser(db: Database): Promise<boolean> {
  const [row] = await db.$queryRaw<
    { superuser: boolean }[]
  >`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`;
  return row?.superuser === true;
}

/** What a snapshot depends on: the seed data and the migrations applied (a new migration changes the tables). */
async function snapshotKey(db: Database, seedDigest: string): Promise<string> {
  const migrations = await db.$queryRaw<{ name: string; checksum: string }[]>`
    SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
  return createHash("sha256").update(seedDigest).update(JSON.stringify(migrations)).digest("hex");
}

async function snapshotMatches(db: Database, snapshot: string, key: string): Promise<boolean> {
  const [found] = await db.$queryRaw<
    { found: string | null }[]
  >`SELECT to_regclass(${`${snapshot}._key`})::text AS found`;
  if (!found?.found) return false;
  const rows = await db.$queryRawUnsafe<{ key: string }[]>(`SELECT key FROM ${snapshot}._key`);
  return rows.length === 1 && rows[0]!.key === key;
}

async function takeSnapshot(db: Database, snapshot: string, key: string, seed: SeedData): Promise<void> {
  await resetDatabase(db);
  await seedDatabase(db, seed);
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
        `INSERT INTO public.${quote(t)} (${cols.join(", ")}) OVERRIDING SYSTEM VALUE SELECT ${cols.join(", ")} FROM ${snapshot}.${quote(t)};`,
    ),
    ...sequences
      .filter((s) => s.value !== null)
      .map((s) => `PERFORM setval('public.${quote(s.name).replaceAll("'", "''")}', ${BigInt(s.value!)}, true);`),
    `PERFORM set_config('session_replication_role', 'origin', true);`,
  ];
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${snapshot} CASCADE`);
    await tx.$executeRawUnsafe(`CREATE SCHEMA ${snapshot}`);
    for (const [t, cols] of tables)
      await tx.$executeRawUnsafe(
        `CREATE TABLE ${snapshot}.${quote(t)} AS SELECT ${cols.join(", ")} FROM public.${quote(t)}`,
      );
    await tx.$executeRawUnsafe(
      `CREATE FUNCTION ${snapshot}.restore() RETURNS void LANGUAGE plpgsql AS $restore$\nBEGIN\n${restore.join("\n")}\nEND\n$restore$`,
    );
    await tx.$executeRawUnsafe(`CREATE TABLE ${snapshot}._key (key text NOT NULL)`);
    await tx.$executeRawUnsafe(`INSERT INTO ${snapshot}._key VALUES ('${key}')`);
  });
}
