// Only one process may open a PGlite data folder: a second one (a backup taken while the app runs) would read or
// write it under the first one's feet. Every script that opens it (start, seed, migrate, export, import) holds
// <folder>.lock, holding its process id, while it runs; a lock whose process is gone is taken over.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = `${dataDir}.lock`;
  await mkdir(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: "wx" });
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number((await readFile(file, "utf8").catch(() => "")).trim());
      if (holder && holder !== process.pid && alive(holder)) {
        throw new Error(
          `the embedded database in ${dataDir} is in use by process ${holder} (is the app running? stop it first)`,
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new Error(`could not lock the embedded database in ${dataDir} (${file})`);
}
