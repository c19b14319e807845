import { describe, expect, it } from "vitest";
import {
  INDEX_SIMILARITY,
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  minimumSimilarity,
  parseSearchQuery,
  tsQueryOperands,
  trigramTerms,
} from "./query";

describe("parseSearchQuery", () => {
  it("turns a query into lower-case words with their skeletons", () => {
    const q = parseSearchQuery("  Азербайджанская   МОЛОДЁЖЬ ");
    expect(q).toMatchObject({ text: "Азербайджанская МОЛОДЁЖЬ", truncated: false });
    expect(q.terms).toEqual([
      { word: "азербайджанская", skeletons: ["azerbaijanskaia"] },
      { word: "молодёжь", skeletons: ["molodezh"] },
    ]);
  });

  it("gives no terms for empty and punctuation-only queries", () => {
    for (const raw of [undefined, null, "", "   ", "!!! ??? ---", "«»—…", "\u0301\u0301"]) {
      expect(parseSearchQuery(raw).terms).toEqual([]);
    }
  });

  it("keeps only letters and digits of SQL and tsquery syntax", () => {
    const q = parseSearchQuery(`'; DROP TABLE "Organization"; -- & | ! ( ) :* <-> \\`);
    expect(q.terms.map((t) => t.word)).toEqual(["drop", "table", "organization"]);
    expect(tsQueryOperands(q.terms).words).toEqual(["drop", "table", "organization"]);
  });

  it("cuts a long query to the limit and says so", () => {
    const q = parseSearchQuery("я".repeat(10_000));
    expect(q.truncated).toBe(true);
    expect(Array.from(q.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(q.terms[0]!.word.length).toBeLessThanOrEqual(64);
    expect(q.terms).toHaveLength(1);
    expect(parseSearchQuery("x".repeat(MAX_QUERY_LENGTH)).truncated).toBe(false);
  });

  it("never cuts a character in half", () => {
    const q = parseSearchQuery("😀".repeat(300));
    expect(Array.from(q.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(q.text.isWellFormed()).toBe(true);
  });

  it("drops repeated words and words past the limit", () => {
    const q = parseSearchQuery("a b c a d e f g h i j");
    expect(q.terms.map((t) => t.word)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(q.terms).toHaveLength(MAX_TERMS);
  });

  it("joins words split by apostrophes", () => {
    expect(parseSearchQuery("O‘zbek Tret'yakov").terms.map((t) => t.word)).toEqual(["ozbek", "tretyakov"]);
  });
});

describe("tsQueryOperands and trigram terms", () => {
  it("reads compatibility characters as what they stand for, so no operator reaches to_tsquery", () => {
    // Found by the routes property test: "⓪⑴" was one word here and "0(1)" to PostgreSQL, a tsquery syntax error.
    expect(parseSearchQuery("⓪⑴ ＡＭＯＲ").terms.map((t) => t.word)).toEqual(["0", "1", "amor"]);
    expect(tsQueryOperands(parseSearchQuery("⓪⑴").terms)).toEqual({ words: ["0", "1"], prefixes: [false, false] });
  });

  it("searches words of three letters or more as prefixes too", () => {
    expect(tsQueryOperands(parseSearchQuery("в азерб").terms)).toEqual({
      words: ["в", "азерб"],
      prefixes: [false, true],
    });
  });

  it("leaves words shorter than three letters to full-text search", () => {
    expect(trigramTerms(parseSearchQuery("в ВТБ").terms).map((t) => t.skeletons)).toEqual([["vtb"]]);
  });

  it("gives up trigram matching when a word has no Latin skeleton at all", () => {
    expect(trigramTerms(parseSearchQuery("Оджаг ъъъ").terms)).toEqual([]);
    expect(trigramTerms(parseSearchQuery("Оджаг ыыы").terms)).toHaveLength(2);
  });

  it("reads Azerbaijani ə both as e and as a", () => {
    expect(parseSearchQuery("Vətən").terms[0]!.skeletons).toEqual(["veten", "vatan"]);
  });

  it("asks short words to match almost exactly and tolerates one wrong letter from six letters on", () => {
    expect(minimumSimilarity("amor")).toBe(0.75);
    // One substitution in the middle of an n-letter word keeps n − 2 of n + 1 trigrams: (n − 2) / (n + 4).
    for (const n of [6, 8, 12]) {
      expect(minimumSimilarity("a".repeat(n))).toBeLessThanOrEqual((n - 2) / (n + 4));
      expect(minimumSimilarity("a".repeat(n))).toBeGreaterThanOrEqual(INDEX_SIMILARITY);
    }
    expect(minimumSimilarity("umumrusia")).toBeGreaterThan(0.4);
  });
});
