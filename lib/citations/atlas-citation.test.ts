import { describe, expect, it } from "vitest";
import { atlasCitation } from "./atlas-citation";

const input = {
  siteName: "Diaspora Atlas",
  url: "https://atlas.example.org/",
  accessed: "2026-12-06",
  locale: "en",
  description: "Data set",
  noDate: "n.d.",
  retrieved: (date: string, url: string) => `Retrieved ${date}, from ${url}`,
  license: "CC BY 4.0",
};

describe("atlasCitation", () => {
  it("cites the atlas in APA as an undated database with its permanent address", () => {
    const { apa } = atlasCitation(input);
    expect(apa.map((p) => p.text).join("")).toBe(
      "Diaspora Atlas. (n.d.). Diaspora Atlas [Data set]. Retrieved December 6, 2026, from https://atlas.example.org/",
    );
    expect(apa.filter((p) => p.italic).map((p) => p.text)).toEqual(["Diaspora Atlas"]);
  });

  it("gives a BibTeX entry with the address, the access date and the licence", () => {
    expect(atlasCitation({ ...input, locale: "ru" }).bibtex).toBe(
      "@misc{diaspora-atlas,\n  author       = {{Diaspora Atlas}},\n  title        = {{Diaspora Atlas}},\n  howpublished = {Data set},\n  url          = {https://atlas.example.org/},\n  urldate      = {2026-12-06},\n  note         = {CC BY 4.0}\n}\n",
    );
  });
});
