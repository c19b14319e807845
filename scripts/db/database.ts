// How the scripts find their database: DATABASE_URL when set, else the embedded PGlite data folder.
import path from "node:path";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { checkConnection } from "../../lib/db/check-connection";
import { readEnv } from "../../lib/env";
import { lockDataDir } from "./embedded-lock";

export type ScriptDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

export async function openScriptDatabase(options: { port?: number } = {}): Promise<ScriptDatabase> {
  const env = readEnv();
  if (env.DATABASE_URL) {
    await checkConnection(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = path.resolve(env.PGLITE_DATA_DIR);
  const unlock = await lockDataDir(dataDir);
  try {
    const db = await startEmbeddedDatabase({ dataDir, port: options.port ?? 0 });
    return { url: db.url, embedded: true, stop: () => db.stop().finally(unlock) };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** Runs a script body and turns any failure into one line on stderr and exit code 1. */
export async function runScript(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
