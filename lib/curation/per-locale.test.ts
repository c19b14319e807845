import { describe, expect, it } from "vitest";
import { MAX_LOCALES, perLocale } from "./per-locale";

const schema = perLocale(100);
const issues = (value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => ({ path: i.path.join("."), message: i.message })) ?? [];

describe("perLocale", () => {
  it("keeps one text per language code", () => {
    expect(schema.parse({ ru: " Союз ", hy: "Միություն" })).toEqual({ ru: "Союз", hy: "Միություն" });
  });

  // Every value here would fail on its own (markup): a refusal that names them would mean they were all parsed.
  it("refuses surplus keys by counting them, before parsing any value", () => {
    const keys = Array.from(
      { length: 1_000 },
      (_, i) => `x${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}`,
    );
    expect(issues(Object.fromEntries(keys.map((k) => [k, "<script>"])))).toEqual([{ path: "", message: "tooMany" }]);
    expect(issues(Object.fromEntries(keys.slice(0, MAX_LOCALES + 1).map((k) => [k, "<b>"])))).toEqual([
      { path: "", message: "tooMany" },
    ]);
  });

  it("refuses a key that is not a language code without parsing its value", () => {
    const found = issues({ ru: "ok", "not-a-code": "<script>" + "a".repeat(1_000) });
    expect(found.map((i) => i.message)).not.toContain("markup");
    expect(found.map((i) => i.message)).not.toContain("tooLong");
    expect(found.length).toBe(1);
  });
});
