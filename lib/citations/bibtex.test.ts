// Escaping checked by reading our output back with a real BibTeX parser (@retorquere/bibtex-parser, which
// turns TeX commands back into Unicode): every title, however hostile, must come back as it went in.
import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { bibtexUrl, escapeBibtex } from "./bibtex";
import { bibtex } from "./format";
import type { CitableWork, CitationTerms } from "./types";

const terms: CitationTerms = {
  locale: "en",
  siteName: "Diaspora Atlas",
  kindLabel: "Organization profile",
  version: (n) => `Version ${n}`,
  retrieved: (date, url) => `Retrieved ${date}, from ${url}`,
  quotedTitle: (title) => `“${title}.”`,
  modified: (date) => `Last modified ${date}`,
  accessed: (date) => `Accessed ${date}`,
};
const work = (title: string, url = "https://atlas.example.org/en/organizations/x?version=2"): CitableWork => ({
  kind: "organization",
  key: "x",
  title,
  titleLocale: "en",
  version: 2,
  published: "2025-03-04",
  url,
  accessed: "2026-05-01",
});
const readBack = (text: string) => {
  const library = parse(text, { sentenceCase: false, english: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!;
};

describe("escapeBibtex", () => {
  it("escapes every TeX special character", () => {
    expect(escapeBibtex("R&D 100% $5 #1 a_b ~x^2 {c} \\d")).toBe(
      "R\\&D 100\\% \\$5 \\#1 a\\_b \\textasciitilde{}x\\textasciicircum{}2 \\{c\\} \\textbackslash{}d",
    );
  });

  it("turns line breaks and control characters into spaces", () => {
    expect(escapeBibtex("one\ntwo\u0007three")).toBe("one two three");
  });

  it("percent-encodes what would break a verbatim url field", () => {
    expect(bibtexUrl("https://x.org/a b{c}?q=%D0%90&r=50%")).toBe("https://x.org/a%20b%7Bc%7D?q=%D0%90&r=50%25");
  });
});

describe("parsed back by a BibTeX parser", () => {
  const titles = [
    "Ojag Society",
    "Азербайджанское общество «Оджаг»",
    "Հայկական սփյուռք",
    "ქართული დიასპორა",
    "R&D 100% of $5: #1_best ~ fans ^ {braced} \\ back",
    "Ümumrusiya Azərbaycan Konqresi",
  ];
  for (const title of titles) {
    it(`keeps the title ${JSON.stringify(title)}`, () => {
      const entry = readBack(bibtex(work(title), terms));
      expect(entry.type).toBe("misc");
      expect(entry.key).toBe("organization-x-v2-en");
      expect(entry.fields.title).toBe(title);
      expect(entry.fields.version).toBe("2");
      expect(entry.fields.urldate).toBe("2026-05-01");
      expect(entry.fields.url).toBe("https://atlas.example.org/en/organizations/x?version=2");
    });
  }

  it("keeps the corporate author as one name", () => {
    const entry = readBack(bibtex(work("Ojag Society"), terms));
    expect(entry.fields.author).toEqual([{ name: "Diaspora Atlas" }]);
  });
});
