import { describe, expect, it } from "vitest";
import { canonicalLanguage, readPageFacts } from "./page-facts";

describe("readPageFacts", () => {
  it("reads <html lang>, hreflang alternates, the meta and the header, in that order and without repeats", () => {
    const facts = readPageFacts(
      `<HTML LANG="KK"><head><meta http-equiv="Content-Language" content="ru, kk">
       <link rel="alternate" hreflang="ru-ru" href="/ru"><link rel="alternate" hreflang="x-default" href="/">
       <link rel="stylesheet" hreflang="de" href="/a.css"></head><body>Қазақ</body></HTML>`,
      "en",
    );
    // A stylesheet's hreflang is not a version of the page.
    expect(facts.languages).toEqual(["kk", "ru-RU", "ru", "en"]);
  });

  it("drops what is not a language tag", () => {
    expect(readPageFacts(`<html lang="??"><link rel="alternate" hreflang="" href="/">`).languages).toEqual([]);
    expect(canonicalLanguage("uz-latn-uz")).toBe("uz-Latn-UZ");
    expect(canonicalLanguage("x-default")).toBeNull();
    expect(canonicalLanguage("not a tag")).toBeNull();
  });

  it("hashes the visible text only: scripts, styles and spacing do not change it", () => {
    const a = readPageFacts(`<p>Армянский   центр</p><script>var t = 1;</script><style>p{}</style>`);
    const b = readPageFacts(`<p>Армянский
      центр</p><script>var t = 2;</script>`);
    const c = readPageFacts(`<p>Армянский центр: новости</p>`);
    expect(a.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.textHash).toBe(a.textHash);
    expect(c.textHash).not.toBe(a.textHash);
    expect(readPageFacts(`<script>only()</script>`).textHash).toBeNull();
  });
});
