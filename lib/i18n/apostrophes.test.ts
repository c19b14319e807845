import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apostropheProblems } from "./apostrophes";
import { routing } from "./routing";
import { flattenMessages, type MessageTree } from "./source-hashes";

describe("apostrophes that are letters", () => {
  it("accepts Uzbek written with ʻ after o and g and ʼ elsewhere", () => {
    expect(apostropheProblems("uz", "Oʻzbekiston, bogʻlanish, maʼlumot, eʼlon")).toEqual([]);
  });

  it("rejects quotation marks, typewriter apostrophes and a misplaced ʻ in Uzbek", () => {
    const found = apostropheProblems("uz", "o‘zbek ma’lumot yo'q e`lon maʻlumot").map((p) => [p.found, p.expected]);
    expect(found).toEqual([
      ["‘", "ʻ"],
      ["’", "ʼ"],
      ["'", "ʻ"],
      ["`", "ʼ"],
      ["ʻ", "ʼ"],
    ]);
  });

  it("leaves quotation marks around words alone", () => {
    expect(apostropheProblems("uz", "«Bosh sahifa» va ‘Tadbirlar’")).toEqual([]);
    expect(apostropheProblems("en", "the ‘Events’ page")).toEqual([]);
  });

  it("wants ʼ in Ukrainian and Belarusian words, and no quotation mark as a letter anywhere", () => {
    expect(apostropheProblems("uk", "обʼєднання памʼять")).toEqual([]);
    expect(apostropheProblems("uk", "об’єднання пам'ять").map((p) => p.found)).toEqual(["’", "'"]);
    expect(apostropheProblems("be", "з'яўляюцца").map((p) => p.expected)).toEqual(["ʼ"]);
    expect(apostropheProblems("en", "the atlas's data")).toEqual([]);
    expect(apostropheProblems("en", "the atlas’s data").map((p) => p.context)).toEqual(["he atlas’s data"]);
  });

  it.each(routing.locales)("%s messages use the right apostrophes", (locale) => {
    const file = path.resolve(import.meta.dirname, `../../messages/${locale}.json`);
    const messages = flattenMessages(JSON.parse(readFileSync(file, "utf8")) as MessageTree);
    const problems = [...messages].flatMap(([key, text]) =>
      apostropheProblems(locale, text).map((p) => `${key}: “${p.context}” has ${p.found}, not ${p.expected}`),
    );
    expect(problems).toEqual([]);
  });
});
