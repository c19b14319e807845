// npm run db:seed — inserts the article's data set where it is missing; never overwrites.
import { createDatabase } from "../../lib/db/connect";
import { applyMigrations } from "../../lib/db/schema-engine";
import { readSeedData, seedDatabase } from "../../prisma/seed/seed";
import { openScriptDatabase, runScript } from "./database";

await runScript(async () => {
  const database = await openScriptDatabase();
  const db = createDatabase(database.url, { max: 1 });
  try {
    await applyMigrations(database.url);
    const report = await seedDatabase(db, await readSeedData());
    console.log(`Seed: inserted ${JSON.stringify(report)}`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
