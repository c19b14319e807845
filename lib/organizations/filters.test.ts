import { describe, expect, it } from "vitest";
import { categoryOf, filtersToQuery, parseOrganizationQuery } from "./filters";

describe("parseOrganizationQuery", () => {
  it("keeps valid filters, normalising the country code", () => {
    const parsed = parseOrganizationQuery({
      q: "  армян ",
      country: "ru",
      diaspora: "armenian",
      type: "YOUTH",
      group: "STUDENTS",
      city: "Москва",
      language: "hy",
      page: "2",
    });
    expect(parsed.filters).toEqual({
      q: "армян",
      country: "RU",
      diaspora: "armenian",
      type: "YOUTH",
      group: "STUDENTS",
      city: "Москва",
      language: "hy",
    });
    expect(parsed).toMatchObject({ sort: "relevance", page: 2, ignored: [] });
  });

  it("reads values in any letter case as their canonical spelling", () => {
    const parsed = parseOrganizationQuery({
      country: "de",
      diaspora: "Armenian",
      type: "youth",
      group: "Students",
      language: "HY-Latn",
      category: "related_institution",
      sort: "Founded",
    });
    expect(parsed.filters).toEqual({
      country: "DE",
      diaspora: "armenian",
      type: "YOUTH",
      group: "STUDENTS",
      language: "hy-Latn",
      category: "RELATED_INSTITUTION",
    });
    expect(parsed).toMatchObject({ sort: "founded", requestedSort: "founded", ignored: [] });
    // The default category in lower case is still the default, left out of the filters.
    expect(parseOrganizationQuery({ category: "diaspora_organization" })).toMatchObject({ filters: {}, ignored: [] });
  });

  it("drops and reports values it does not understand", () => {
    const parsed = parseOrganizationQuery({
      q: "x".repeat(10_000),
      country: "XX",
      diaspora: "<script>",
      type: "NOPE",
      group: "1",
      language: "русский",
      sort: "random",
    });
    expect(parsed.filters).toEqual({});
    expect(parsed.ignored.sort()).toEqual(["country", "diaspora", "group", "language", "q", "sort", "type"]);
    expect(parsed.sort).toBe("name");
  });

  it("sorts by name when there is no query to rank by", () => {
    expect(parseOrganizationQuery({ sort: "relevance" }).sort).toBe("name");
    expect(parseOrganizationQuery({ sort: "founded" }).sort).toBe("founded");
    expect(parseOrganizationQuery({ q: "amor" }).sort).toBe("relevance");
  });

  it("ignores empty parameters, as an unfilled GET form sends them", () => {
    expect(parseOrganizationQuery({ q: "", country: "", type: "" })).toMatchObject({ filters: {}, ignored: [] });
  });

  it("reads the category: related institutions on request, the default never kept in the filters", () => {
    expect(parseOrganizationQuery({ category: "RELATED_INSTITUTION" }).filters).toEqual({
      category: "RELATED_INSTITUTION",
    });
    expect(parseOrganizationQuery({ category: "DIASPORA_ORGANIZATION" })).toMatchObject({ filters: {}, ignored: [] });
    expect(parseOrganizationQuery({ category: "" })).toMatchObject({ filters: {}, ignored: [] });
    expect(parseOrganizationQuery({ category: "banks" })).toMatchObject({ filters: {}, ignored: ["category"] });
    expect(categoryOf({})).toBe("DIASPORA_ORGANIZATION");
    expect(filtersToQuery({ category: "RELATED_INSTITUTION", type: "MUSEUM" })).toEqual({
      category: "RELATED_INSTITUTION",
      type: "MUSEUM",
    });
  });

  it("turns filters back into query parameters", () => {
    expect(filtersToQuery({ country: "RU", type: "YOUTH" }, "founded")).toEqual({
      country: "RU",
      type: "YOUTH",
      sort: "founded",
    });
    expect(filtersToQuery({ country: "RU" }, "name")).toEqual({ country: "RU" });
    expect(filtersToQuery({ q: "amor" }, "name")).toEqual({ q: "amor", sort: "name" });
  });
});
