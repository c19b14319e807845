// npm run db:migrate — applies pending migrations in prisma/migrations (like `prisma migrate deploy`).
import { applyMigrations } from "../../lib/db/schema-engine";
import { openScriptDatabase, runScript } from "./database";

await runScript(async () => {
  const database = await openScriptDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.",
    );
  } finally {
    await database.stop();
  }
});
