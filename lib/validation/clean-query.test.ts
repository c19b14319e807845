import { describe, expect, it } from "vitest";
import { isFilteredList, nonEmptyQuery, pathWithQuery, withoutEmptyValues } from "./clean-query";

describe("nonEmptyQuery", () => {
  it("keeps the pairs with a value in their order, dropping empty and blank ones", () => {
    const query = nonEmptyQuery([
      ["q", ""],
      ["country", "DE"],
      ["city", "  "],
      ["type", "YOUTH"],
      ["country", "AM"],
    ]);
    expect(query.toString()).toBe("country=DE&type=YOUTH&country=AM");
  });
});

describe("withoutEmptyValues", () => {
  it("returns the query without its empty values", () => {
    expect(withoutEmptyValues(new URLSearchParams("q=&country=DE&sort="))?.toString()).toBe("country=DE");
    expect(withoutEmptyValues(new URLSearchParams("q=&sort="))?.toString()).toBe("");
  });

  it("returns null when nothing is empty, so a clean address is not redirected", () => {
    expect(withoutEmptyValues(new URLSearchParams("country=DE&type=YOUTH"))).toBeNull();
    expect(withoutEmptyValues(new URLSearchParams(""))).toBeNull();
  });
});

describe("isFilteredList", () => {
  it("matches the list pages under a locale only", () => {
    expect(isFilteredList("/ru/organizations")).toBe(true);
    expect(isFilteredList("/hy/events")).toBe(true);
    expect(isFilteredList("/en/stats")).toBe(true);
    expect(isFilteredList("/ru/organizations/amor")).toBe(false);
    expect(isFilteredList("/ru/search")).toBe(false);
    expect(isFilteredList("/organizations")).toBe(false);
    expect(isFilteredList("/api/organizations")).toBe(false);
  });
});

describe("pathWithQuery", () => {
  it("adds `?` only before a query", () => {
    expect(pathWithQuery("/ru/events", new URLSearchParams("when=past"))).toBe("/ru/events?when=past");
    expect(pathWithQuery("/ru/events", new URLSearchParams())).toBe("/ru/events");
  });
});
