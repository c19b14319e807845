import { readdir } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, diffMigrationsToSchema } from "../../lib/db/schema-engine";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { openTestDatabase } from "../support/database";

const db = openTestDatabase();
afterAll(() => db.$disconnect());

describe("migrations", () => {
  it("are recorded in _prisma_migrations, one finished row per folder, as prisma migrate deploy does", async () => {
    const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    const rows = await db.$queryRaw<{ migration_name: string; finished: boolean; checksum: string }[]>`
      SELECT migration_name, finished_at IS NOT NULL AS finished, checksum FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(folders.sort());
    expect(rows.every((r) => r.finished && r.checksum.length === 64)).toBe(true);
  });

  it("describe exactly what schema.prisma declares (no drift)", async () => {
    const scratch = await startEmbeddedDatabase();
    try {
      expect(await diffMigrationsToSchema(scratch.url)).toBe("");
    } finally {
      await scratch.stop();
    }
  });
});
