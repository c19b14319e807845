import { readFileSync } from "node:fs";
import path from "node:path";

/** package.json's version, recorded in every backup so a reader knows which release wrote it. */
export function appVersion(): string {
  const file = path.resolve(import.meta.dirname, "../../package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}
