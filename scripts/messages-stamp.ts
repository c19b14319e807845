// npm run messages:stamp -- <locale|all> [key …]
// Records which English text each translation was made from (lib/i18n/source-hashes.ts). With keys (or key
// prefixes such as "Feeds"), after re-translating them: their hashes are set to today's English. Without keys: only
// translations never stamped get a hash; a stale one stays stale until named.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { routing } from "../lib/i18n/routing";
import { flattenMessages, stampHashes, type MessageTree, type SourceHashes } from "../lib/i18n/source-hashes";

const dir = path.resolve(import.meta.dirname, "../messages");
const readJson = <T>(file: string, fallback: T): T => {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return fallback;
    throw error;
  }
};

const [target, ...selectors] = process.argv.slice(2);
const translatedLocales = routing.locales.filter((l) => l !== "en");
const locales = target === "all" ? translatedLocales : translatedLocales.filter((l) => l === target);
if (!target || locales.length === 0) {
  console.error(`usage: npm run messages:stamp -- <${translatedLocales.join("|")}|all> [key …]`);
  process.exit(1);
}

const english = flattenMessages(readJson<MessageTree>(path.join(dir, "en.json"), {}));
for (const locale of locales) {
  const file = path.join(dir, "source-hashes", `${locale}.json`);
  const translated = flattenMessages(readJson<MessageTree>(path.join(dir, `${locale}.json`), {}));
  const { hashes, stamped } = stampHashes(english, translated, readJson<SourceHashes>(file, {}), selectors);
  writeFileSync(file, `${JSON.stringify(hashes, null, 2)}\n`);
  const shown = stamped.length > 20 ? [...stamped.slice(0, 20), "…"] : stamped;
  console.log(`${locale}: ${stamped.length} stamped${shown.length ? `: ${shown.join(", ")}` : ""}`);
}
