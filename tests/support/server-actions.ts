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
    names.push(...[...text.matchAll(/^export async function (\w+)/gm)].map((m) => m[1]!));
  }
  return names.sort();
}
