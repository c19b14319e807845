// The app's server actions: every exported function of a "use server" module under lib/, so a test that must
// cover all of them (authorization matrix, bad-input properties) fails when a new one is added.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

export async function serverActions(): Promise<string[]> {
  const root = path.resolve(import.meta.dirname, "../../lib");
  const files = (await readdir(root, { recursive: true })).filter((f) => /\.tsx?$/.test(f));
  const names: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(root, file), "utf8");
    if (!/^["']use server["'];/m.test(text)) continue;
    names.push(...[...text.matchAll(/^export (?:async function|const) (\w+)/gm)].map((m) => m[1]!));
  }
  return names.sort();
}

/** The same actions with their modules (paths from the repository root), as Next's server reference manifest names them. */
export async function serverActionModules(): Promise<{ file: string; name: string }[]> {
  const root = path.resolve(import.meta.dirname, "../..");
  const files = (await readdir(path.join(root, "lib"), { recursive: true })).filter((f) => /\.tsx?$/.test(f));
  const found: { file: string; name: string }[] = [];
  for (const file of files) {
    const text = await readFile(path.join(root, "lib", file), "utf8");
    if (!/^["']use server["'];/m.test(text)) continue;
    for (const m of text.matchAll(/^export (?:async function|const) (\w+)/gm))
      found.push({ file: path.posix.join("lib", file.split(path.sep).join("/")), name: m[1]! });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** How many "use cache" functions each module under lib/ and app/ holds (each gets a server reference id). */
export async function cachedFunctionCounts(): Promise<Record<string, number>> {
  const root = path.resolve(import.meta.dirname, "../..");
  const counts: Record<string, number> = {};
  for (const dir of ["lib", "app", "components"]) {
    for (const file of (await readdir(path.join(root, dir), { recursive: true })).filter((f) => /\.tsx?$/.test(f))) {
      const n = [
        ...(await readFile(path.join(root, dir, file), "utf8")).matchAll(/^\s*["']use cache(?::[^"']*)?["'];?\s*$/gm),
      ].length;
      if (n > 0) counts[path.posix.join(dir, file.split(path.sep).join("/"))] = n;
    }
  }
  return counts;
}
