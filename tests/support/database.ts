// Test database helpers. Invariant: every integration test starts from empty tables (migrations stay applied);
// a test that needs the seed calls resetToSeed (./seeded-database.ts).
import { inject } from "vitest";
import { createDatabase, type Database } from "../../lib/db/connect";

/** This test file's database: on PostgreSQL its worker's copy of the test database (./worker-database.ts). */
export function testDatabaseUrl(): string {
  return process.env.ATLAS_TEST_DATABASE_URL ?? inject("databaseUrl");
}

export function openTestDatabase(): Database {
  return createDatabase(testDatabaseUrl(), { max: 2 });
}

/** Empties every application table, keeping _prisma_migrations. */
export async function resetDatabase(db: Database): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}

/**
 * A fingerprint of every row of every application table (an md5 of the rows' text, per table), so a test can
 * assert that rejected input left the database exactly as it was. `except` leaves out tables a request changes by
 * design (better-auth counts every request in RateLimit).
 */
export async function databaseFingerprint(
  db: Database,
  options: { except?: string[] } = {},
): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    if (options.except?.includes(tablename)) continue;
    const [row] = await db.$queryRawUnsafe<{ digest: string | null; n: bigint }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*) AS n FROM "public"."${tablename}" t`,
    );
    out[tablename] = `${row!.n}:${row!.digest}`;
  }
  return out;
}

/**
 * Every row of every application table as text (PostgreSQL's own row literal, so tsvector and arrays too), sorted,
 * for asserting that two database states are identical column for column.
 */
export async function tableSnapshot(db: Database): Promise<Record<string, string[]>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const state: Record<string, string[]> = {};
  for (const { tablename } of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT t::text AS row FROM "public"."${tablename}" AS t ORDER BY t::text`,
    );
    state[tablename] = rows.map((r) => r.row);
  }
  return state;
}
