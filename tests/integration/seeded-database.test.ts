// resetToSeed (tests/support/seeded-database.ts), which most integration tests start from, must leave exactly what
// resetting and seeding through the app's code leaves: else every test built on it would check another database.
import { afterAll, describe, expect, it } from "vitest";
import { readSeedData, seedDatabase } from "../../prisma/seed/seed";
import { openTestDatabase, resetDatabase, tableSnapshot } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
afterAll(() => db.$disconnect());

/** Rows with ids and timestamps blanked out: the only values two seedings may differ in. */
const withoutIdsAndTimes = (state: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(state).map(([table, rows]) => [
      table,
      rows
        .map((row) =>
          row
            .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>")
            .replace(/\bc[a-z0-9]{24}\b/g, "<id>")
            .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?(\+00)?/g, "<time>"),
        )
        .sort(),
    ]),
  );

describe("resetToSeed", () => {
  it("leaves every table as resetting and seeding through the app's code does, apart from ids and timestamps", async () => {
    await resetDatabase(db);
    await seedDatabase(db, await readSeedData());
    const seeded = await tableSnapshot(db);
    await resetToSeed(db);
    const restored = await tableSnapshot(db);
    expect(Object.keys(restored)).toEqual(Object.keys(seeded));
    for (const table of Object.keys(seeded)) expect(restored[table]!.length, table).toBe(seeded[table]!.length);
    expect(withoutIdsAndTimes(restored)).toEqual(withoutIdsAndTimes(seeded));
    expect(seeded.Organization!.length).toBeGreaterThan(25);
  });

  it("undoes any change, row for row, column for column (derived search columns too), every time", async () => {
    await resetToSeed(db);
    const before = await tableSnapshot(db);
    const org = await db.organization.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true } });
    await db.organizationTranslation.updateMany({ where: { organizationId: org.id }, data: { name: "Changed" } });
    await db.event.deleteMany({});
    expect(await tableSnapshot(db)).not.toEqual(before);
    await resetToSeed(db);
    expect(await tableSnapshot(db)).toEqual(before);
    await resetToSeed(db);
    expect(await tableSnapshot(db)).toEqual(before);
  });
});
