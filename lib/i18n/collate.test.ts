import { describe, expect, it } from "vitest";
import { sortByText } from "./collate";

describe("sortByText", () => {
  it("sorts in the page language's alphabet", () => {
    const names = ["Özbəkistan", "Azərbaycan", "Çin", "Rusiya", "Belarus"];
    expect(sortByText(names, (n) => n, "az")).toEqual(["Azərbaycan", "Belarus", "Çin", "Özbəkistan", "Rusiya"]);
    expect(sortByText(["Узбекистан", "Азербайджан", "Ёлка", "Россия"], (n) => n, "ru")).toEqual([
      "Азербайджан",
      "Ёлка",
      "Россия",
      "Узбекистан",
    ]);
  });

  it("leaves the input untouched", () => {
    const input = ["b", "a"];
    sortByText(input, (n) => n, "en");
    expect(input).toEqual(["b", "a"]);
  });
});
