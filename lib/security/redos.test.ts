// ReDoS: every regular expression in the source must match in linear time (one input of 20 000 characters cost
// 250 ms of event loop with the old markup check). recheck's pure-JavaScript backend proves it per regex (automata
// analysis, fuzzing where back-references or look-arounds need it); the regexes are collected from the source by
// tests/support/regex-literals.ts, so a new one is checked without editing this file.
import path from "node:path";
import { check } from "recheck";
import { beforeAll, describe, expect, it } from "vitest";
import { findRegexes } from "../../tests/support/regex-literals";

// In-process ScalaJS: no Java, no native binary, no network; the same answer on every machine.
beforeAll(() => {
  process.env.RECHECK_BACKEND = "pure";
});

const root = path.resolve(import.meta.dirname, "../..");
const { found, dynamic } = findRegexes(root);

// RegExps built at run time, each reviewed: what the variable part is and why the result is linear.
const REVIEWED_DYNAMIC: Record<string, string> = {
  "lib/api/query.ts": "PARAMETERS.lang.schema.pattern, a literal `pattern:` in lib/api/openapi, checked below",
  "scripts/soak/checks.ts": "a run id the soak script made itself, then `-\\d+`; runs on our own load test's output",
  "scripts/soak/writes.ts": 'an escaped field name between fixed text and one `[^"]*`; runs on our own pages',
};

async function verdict(source: string, flags: string) {
  // A fixed seed: the fuzzing checker gives the same answer on every run. The slowest regex takes about 2 s on a
  // quiet machine and 8 s at load average 10; the time limit (past which a regex counts as not proven linear) leaves
  // room for a busy CI machine, where 20 s once ran out.
  return check(source, flags.replace(/[dv]/g, ""), { randomSeed: 42, timeout: 60_000 });
}

describe("regular expressions", () => {
  it("are all found: regex literals, literal RegExp patterns and the API's `pattern:` strings", () => {
    expect(found.length).toBeGreaterThan(100);
    expect(found.some((r) => r.file === "lib/validation/text.ts")).toBe(true);
    expect(found.some((r) => r.file.startsWith("lib/api/") && r.flags === "u")).toBe(true);
  });

  it("built at run time are each reviewed", () => {
    expect([...new Set(dynamic.map((d) => d.file))].sort()).toEqual(Object.keys(REVIEWED_DYNAMIC).sort());
  });

  it("are all linear (recheck finds no super-linear backtracking)", { timeout: 600_000 }, async () => {
    const unique = new Map<string, (typeof found)[number][]>();
    for (const r of found) unique.set(`/${r.source}/${r.flags}`, [...(unique.get(`/${r.source}/${r.flags}`) ?? []), r]);
    const problems: string[] = [];
    for (const [key, places] of unique) {
      const result = await verdict(places[0]!.source, places[0]!.flags);
      if (result.status === "safe") continue;
      const where = places.map((p) => `${p.file}:${p.line}`).join(", ");
      if (result.status === "vulnerable")
        problems.push(`${key} (${where}): ${result.complexity.type}, attack ${result.attack.pattern}`);
      else problems.push(`${key} (${where}): not proven linear (${result.error.kind})`);
    }
    expect(problems).toEqual([]);
  });
});
