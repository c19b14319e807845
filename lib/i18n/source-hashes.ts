// Which translations were made from an English text that has since changed. Each translated message file has a
// companion, messages/source-hashes/<locale>.json: for every key, a short hash of the English message it was
// translated from. When the English text changes its hash no longer matches, and the translation is reported stale
// until someone re-translates it and stamps it again (`npm run messages:stamp -- <locale> <keys>`). Pure.
import { createHash } from "node:crypto";

export type MessageTree = { [key: string]: string | MessageTree };
/** Key path ("Feeds.ics") → hash of the English text the translation was made from. */
export type SourceHashes = Record<string, string>;

/** Every message of a tree by its dotted key path. */
export function flattenMessages(tree: MessageTree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") flat.set(prefix + key, value);
    else for (const [k, v] of flattenMessages(value, `${prefix}${key}.`)) flat.set(k, v);
  }
  return flat;
}

/** The first 12 hex digits of the text's SHA-256: enough to notice an edit, short enough to read in a diff. */
export function sourceHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 12);
}

export type StaleTranslation = {
  key: string;
  /** changed: the English text is not the one translated; unstamped: no record of which text was translated. */
  reason: "changed" | "unstamped";
};

/** The translated keys whose English source is not the one they were translated from. */
export function staleTranslations(
  english: Map<string, string>,
  translated: Map<string, string>,
  hashes: SourceHashes,
): StaleTranslation[] {
  const stale: StaleTranslation[] = [];
  for (const [key, source] of english) {
    if (!translated.has(key)) continue;
    const stamped = hashes[key];
    if (stamped === undefined) stale.push({ key, reason: "unstamped" });
    else if (stamped !== sourceHash(source)) stale.push({ key, reason: "changed" });
  }
  return stale;
}

/** Hashes recorded for keys English no longer has (left behind by a rename or removal). */
export function orphanHashes(english: Map<string, string>, hashes: SourceHashes): string[] {
  return Object.keys(hashes).filter((key) => !english.has(key));
}

/** Whether a key is named by one of the given keys or lies under one of them ("Feeds" covers "Feeds.ics"). */
const covered = (key: string, selectors: string[]) => selectors.some((s) => key === s || key.startsWith(`${s}.`));

/**
 * The hashes after (re)translating: the selected keys (all, without selectors) get their current English hash;
 * keys never stamped are stamped too only when no selector is given, since a new translation needs no review.
 * Hashes of keys English no longer has are dropped. Keys come out sorted, so the file's diff shows only changes.
 */
export function stampHashes(
  english: Map<string, string>,
  translated: Map<string, string>,
  previous: SourceHashes,
  selectors: string[] = [],
): { hashes: SourceHashes; stamped: string[] } {
  const hashes: SourceHashes = {};
  const stamped: string[] = [];
  for (const key of [...english.keys()].sort()) {
    if (!translated.has(key)) continue;
    const current = sourceHash(english.get(key)!);
    const restamp = selectors.length > 0 ? covered(key, selectors) : previous[key] === undefined;
    if (restamp && previous[key] !== current) stamped.push(key);
    const hash = restamp ? current : previous[key];
    if (hash !== undefined) hashes[key] = hash;
  }
  return { hashes, stamped };
}
