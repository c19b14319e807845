import { describe, expect, it } from "vitest";
import { excerpt, highlight } from "./highlight";
import { parseSearchQuery } from "./query";

const marked = (text: string, q: string) =>
  highlight(text, parseSearchQuery(q).terms)
    .filter((s) => s.match)
    .map((s) => s.text);

describe("highlight", () => {
  it("marks exact words, prefixes and other forms of a word", () => {
    expect(marked("Объединение армян России", "армян")).toEqual(["армян"]);
    expect(marked("Армянская диаспора", "армянской")).toEqual(["Армянская"]);
    expect(marked("Объединение армян России", "армянской")).toEqual(["армян"]);
    expect(marked("Azerbaijani Youth Association", "azerb associations")).toEqual(["Azerbaijani", "Association"]);
  });

  it("marks transliterated and Turkic spellings", () => {
    expect(marked("Азербайджанское общество «Оджаг»", "Ojag")).toEqual(["Оджаг"]);
    expect(marked("Ojag Society", "Оджаг")).toEqual(["Ojag"]);
    expect(marked("Ümumrusiya Azərbaycan Konqresi", "azerbaycan")).toEqual(["Azərbaycan"]);
    expect(marked("Vətən Dostluq Klubu", "Ватан")).toEqual(["Vətən"]);
    expect(marked("Азербайджанское этнокультурное объединение «Ватан»", "Vətən")).toEqual(["Ватан"]);
  });

  it("marks a word with one wrong letter", () => {
    expect(marked("Sberbank", "sberbamk")).toEqual(["Sberbank"]);
  });

  it("leaves unrelated words and the text between matches intact", () => {
    const segments = highlight("Русская община Азербайджана", parseSearchQuery("община").terms);
    expect(segments).toEqual([
      { text: "Русская ", match: false },
      { text: "община", match: true },
      { text: " Азербайджана", match: false },
    ]);
    expect(marked("Армения", "армян")).toEqual([]);
  });

  it("returns text with markup characters as plain text", () => {
    expect(
      highlight("<b>Ojag</b> & co", parseSearchQuery("ojag").terms)
        .map((s) => s.text)
        .join(""),
    ).toBe("<b>Ojag</b> & co");
  });
});

describe("excerpt", () => {
  it("returns a short text whole", () => {
    expect(
      excerpt("Short text", [])
        .map((s) => s.text)
        .join(""),
    ).toBe("Short text");
  });

  it("cuts a long text around its first match, at spaces", () => {
    const text = `${"lorem ipsum ".repeat(40)}the Ojag society ${"dolor sit ".repeat(40)}`;
    const parts = excerpt(text, parseSearchQuery("ojag").terms, 120);
    const joined = parts.map((s) => s.text).join("");
    expect(joined.startsWith("… ")).toBe(true);
    expect(joined.endsWith(" …")).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(126);
    expect(parts.filter((s) => s.match).map((s) => s.text)).toEqual(["Ojag"]);
  });
});
