// Every UI language has every message the English reference has, with the same placeholders.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { routing } from "./routing";

type Tree = { [key: string]: string | Tree };
const dir = path.resolve(import.meta.dirname, "../../messages");
const load = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Tree;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  return new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[prefix + key, value] as const] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );
}

type Node = { type: number; value?: unknown; options?: Record<string, { value: Node[] }>; children?: Node[] };

/** The argument names an ICU message uses ({count}, {count, plural, …}), from its parsed syntax tree. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type !== TYPE.literal && node.type !== TYPE.pound && typeof node.value === "string")
        names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      walk(node.children ?? []);
    }
  };
  walk(parse(message) as Node[]);
  return [...names].sort();
}

const reference = flatten(load("en"));

describe("UI messages", () => {
  it("exist for every routed locale", () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...routing.locales].sort());
  });

  it.each(routing.locales.filter((l) => l !== "en"))(
    "%s has every key of en, no extra ones, and the same placeholders",
    (locale) => {
      const messages = flatten(load(locale));
      expect([...reference.keys()].filter((k) => !messages.has(k))).toEqual([]);
      expect([...messages.keys()].filter((k) => !reference.has(k))).toEqual([]);
      for (const [key, english] of reference) {
        expect(placeholders(messages.get(key)!), `${locale}: ${key}`).toEqual(placeholders(english));
        expect(messages.get(key)!.trim(), `${locale}: ${key}`).not.toBe("");
      }
    },
  );
});
