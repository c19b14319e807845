// resetToSeed (tests/support/seeded-database.ts), which most integration tests start from, must leave exactly what
// resetting and seeding through the app's code leaves: else every test built on it would check another database.
import { afterAll, describe, expect, it } from "vitest";
import { readSeedData, seedDatabase } from "../../prisma/seed/seed";
import { databaseFingerprint, openTestDatabase, resetDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
afterAll(() => db.$disconnect());

/**
 * Per table: its row count and an md5 of its rows as text with ids (uuids, cuids) and timestamps blanked out, the
 * only values two seedings may differ in. Computed in the database, which is quick on the embedded one too.
 */
async function contentWithoutIdsAndTimes(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await db.$queryRawUnsafe<{ digest: string; n: bigint }[]>(`
      SELECT md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS digest, count(*) AS n FROM (
        SELECT regexp_replace(regexp_replace(regexp_replace(t::text,
          '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', '<id>', 'g'),
          '\\mc[a-z0-9]{24}\\M', '<id>', 'g'),
          '\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(\\+00)?', '<time>', 'g') AS r
        FROM "public"."${tablename}" t) rows`);
    out[tablename] = `${row!.n}:${row!.digest}`;
  }
  return out;
}

describe("resetToSeed", () => {
  it("leaves every table as resetting and seeding through the app's code does, apart from ids and timestamps", async () => {
    await resetDatabase(db);
    await seedDatabase(db, await readSeedData());
    const seeded = await contentWithoutIdsAndTimes();
    await resetToSeed(db);
    expect(await contentWithoutIdsAndTimes()).toEqual(seeded);
    expect(Number(seeded.Organization!.split(":")[0])).toBeGreaterThan(25);
    // Seeds twice when the snapshot is not there yet: minutes on a busy machine's embedded database.
  }, 300_000);

  it("undoes any change, row for row (derived search columns too), every time", async () => {
    await resetToSeed(db);
    const before = await databaseFingerprint(db);
    const org = await db.organization.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true } });
    await db.organizationTranslation.updateMany({ where: { organizationId: org.id }, data: { name: "Changed" } });
    await db.event.deleteMany({});
    expect(await databaseFingerprint(db)).not.toEqual(before);
    await resetToSeed(db);
    expect(await databaseFingerprint(db)).toEqual(before);
    await resetToSeed(db);
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});
