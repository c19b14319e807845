// A translation made from an English text that has since changed must be re-translated (or re-stamped after
// review): the message files carry the hash of the English each translation was made from.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "./routing";
import {
  flattenMessages,
  orphanHashes,
  sourceHash,
  staleTranslations,
  stampHashes,
  type MessageTree,
  type SourceHashes,
} from "./source-hashes";

const dir = path.resolve(import.meta.dirname, "../../messages");
const readJson = <T>(file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as T;

describe("source hashes (fixtures)", () => {
  const englishThen = flattenMessages({ Feeds: { ics: "Calendar (iCalendar)", atom: "News feed (Atom)" } });
  const russian = flattenMessages({ Feeds: { ics: "Календарь (iCalendar)", atom: "Лента новостей (Atom)" } });
  const { hashes } = stampHashes(englishThen, russian, {});

  it("flattens nested messages to dotted keys", () => {
    expect([...englishThen.keys()]).toEqual(["Feeds.ics", "Feeds.atom"]);
  });

  it("finds nothing stale while English is the text that was translated", () => {
    expect(staleTranslations(englishThen, russian, hashes)).toEqual([]);
  });

  it("reports a translation whose English source changed afterwards, and only that one", () => {
    const englishNow = flattenMessages({ Feeds: { ics: "Calendar to subscribe to", atom: "News feed (Atom)" } });
    expect(staleTranslations(englishNow, russian, hashes)).toEqual([{ key: "Feeds.ics", reason: "changed" }]);
  });

  it("notices a change of a single character (punctuation counts)", () => {
    const englishNow = flattenMessages({ Feeds: { ics: "Calendar (iCalendar).", atom: "News feed (Atom)" } });
    expect(staleTranslations(englishNow, russian, hashes).map((s) => s.key)).toEqual(["Feeds.ics"]);
  });

  it("reports a translation with no recorded source, but not a key the locale does not have", () => {
    const english = flattenMessages({ Feeds: { ics: "Calendar (iCalendar)", atom: "News feed (Atom)", x: "New" } });
    expect(staleTranslations(english, russian, { "Feeds.ics": hashes["Feeds.ics"]! })).toEqual([
      { key: "Feeds.atom", reason: "unstamped" },
    ]);
  });

  it("re-stamps only the keys named after re-translating; other stale keys stay stale", () => {
    const englishNow = flattenMessages({ Feeds: { ics: "Calendar to subscribe to", atom: "Atom news feed" } });
    const named = stampHashes(englishNow, russian, hashes, ["Feeds.ics"]);
    expect(named.stamped).toEqual(["Feeds.ics"]);
    expect(staleTranslations(englishNow, russian, named.hashes)).toEqual([{ key: "Feeds.atom", reason: "changed" }]);
    // A prefix names every key under it.
    expect(staleTranslations(englishNow, russian, stampHashes(englishNow, russian, hashes, ["Feeds"]).hashes)).toEqual(
      [],
    );
  });

  it("stamps only never-stamped keys when no key is named, and drops hashes of removed keys", () => {
    const englishNow = flattenMessages({ Feeds: { ics: "Calendar to subscribe to" }, Cite: { copy: "Copy" } });
    const translated = flattenMessages({ Feeds: { ics: "Календарь" }, Cite: { copy: "Копировать" } });
    const previous: SourceHashes = { ...hashes, "Gone.key": "000000000000" };
    const { hashes: after, stamped } = stampHashes(englishNow, translated, previous);
    expect(stamped).toEqual(["Cite.copy"]);
    expect(after).toEqual({ "Cite.copy": sourceHash("Copy"), "Feeds.ics": hashes["Feeds.ics"] });
    expect(staleTranslations(englishNow, translated, after)).toEqual([{ key: "Feeds.ics", reason: "changed" }]);
    expect(orphanHashes(englishNow, previous)).toEqual(["Feeds.atom", "Gone.key"]);
  });
});

describe("source hashes of the message files", () => {
  const english = flattenMessages(readJson<MessageTree>("en.json"));
  it.each(routing.locales.filter((l) => l !== "en"))(
    "%s: every translation was made from today's English",
    (locale) => {
      const translated = flattenMessages(readJson<MessageTree>(`${locale}.json`));
      const hashes = readJson<SourceHashes>(`source-hashes/${locale}.json`);
      const fix = `re-translate these, then run npm run messages:stamp -- ${locale} <key …>`;
      expect(staleTranslations(english, translated, hashes), fix).toEqual([]);
      expect(orphanHashes(english, hashes), `npm run messages:stamp -- ${locale} drops these`).toEqual([]);
    },
  );
});
