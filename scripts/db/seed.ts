// npm run db:seed — inserts the article's data set where it is missing; never overwrites.
import { createDatabase } from "../../lib/db/connect";
import { applyMigrations } from "../../lib/db/schema-engine";
import { readSeedData, seedDatabase } from "../../prisma/seed/seed";
import { applySeedCorrections } from "../../prisma/seed/seed-corrections";
import { openScriptDatabase, runScript } from "./database";

await runScript(async () => {
  const database = await openScriptDatabase();
  const db = createDatabase(database.url, { max: 1 });
  try {
    await applyMigrations(database.url);
    const data = await readSeedData();
    const report = await seedDatabase(db, data);
    console.log(`Seed: inserted ${JSON.stringify(report)}`);
    const corrected = await applySeedCorrections(db, data);
    if (corrected.length)
      console.log(`Seed: applied corrections of ${corrected.join(", ")} (revisions where the entry keeps a history)`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
