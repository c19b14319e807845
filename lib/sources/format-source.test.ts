import { describe, expect, it } from "vitest";
import { formatReference, type SourceFields } from "./format-source";

const empty: SourceFields = {
  authors: null,
  title: "",
  publication: null,
  publisher: null,
  place: null,
  year: null,
  volume: null,
  issue: null,
  pages: null,
};
const text = (s: SourceFields) =>
  formatReference(s)
    .map((p) => p.text)
    .join("");

describe("formatReference", () => {
  it("formats a journal article with the journal in italics", () => {
    const source = {
      ...empty,
      authors: "U.M. Mehdieva",
      title: "Azerbaidzhanskaia diaspora v Rossii",
      publication: "Klio",
      issue: "8",
      year: 2014,
      pages: "103–106",
    };
    expect(text(source)).toBe("U.M. Mehdieva, “Azerbaidzhanskaia diaspora v Rossii,” Klio no. 8 (2014): 103–106");
    expect(
      formatReference(source)
        .filter((p) => p.italic)
        .map((p) => p.text),
    ).toEqual(["Klio"]);
  });

  it("formats a book with its imprint", () => {
    const source = {
      ...empty,
      authors: "E.I. Pivovar",
      title: "The World of Russian emigres",
      place: "St. Petersburg",
      publisher: "Aleteia Publ.",
      year: 2021,
      pages: "107–142",
    };
    expect(text(source)).toBe(
      "E.I. Pivovar, The World of Russian emigres (St. Petersburg: Aleteia Publ., 2021), 107–142",
    );
  });

  it("does not italicise a bracketed descriptive title", () => {
    expect(formatReference({ ...empty, title: "[Untitled article]" })).toEqual([
      { text: "[Untitled article]", italic: false },
    ]);
  });
});
