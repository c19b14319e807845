// Test database helpers. Invariant: every integration test starts from empty tables (migrations stay applied).
import { inject } from "vitest";
import { createDatabase, type Database } from "../../lib/db/connect";

export function testDatabaseUrl(): string {
  return inject("databaseUrl");
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
