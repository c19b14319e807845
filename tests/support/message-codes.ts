// The error codes a form can show: the keys of its `errors` namespaces in the English messages file (every locale
// has the same keys; a unit test checks that). A code outside them would reach the reader as a missing message.
import { readFileSync } from "node:fs";
import path from "node:path";

const messages = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../messages/en.json"), "utf8"),
) as Record<string, { errors?: Record<string, string> }>;

/** Codes of `<namespace>.errors` for each namespace given ("Auth", "Curate", …). */
export function errorCodes(...namespaces: string[]): Set<string> {
  return new Set(namespaces.flatMap((ns) => Object.keys(messages[ns]?.errors ?? {})));
}
