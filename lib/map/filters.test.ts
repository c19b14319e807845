import { describe, expect, it } from "vitest";
import { parseMapQuery } from "./filters";

describe("parseMapQuery", () => {
  it("keeps the diaspora and type filters, validated as the organization list does", () => {
    expect(parseMapQuery({ diaspora: "armenian", type: "YOUTH" })).toEqual({
      filters: { diaspora: "armenian", type: "YOUTH" },
      view: "world",
      ignored: [],
    });
    expect(parseMapQuery({ diaspora: "Not a slug!", type: "NOPE" })).toEqual({
      filters: {},
      view: "world",
      ignored: ["diaspora", "type"],
    });
  });

  it("reads the view, the whole world unless the region is asked for", () => {
    expect(parseMapQuery({ view: "region", type: "YOUTH" })).toMatchObject({
      view: "region",
      filters: { type: "YOUTH" },
    });
    expect(parseMapQuery({ view: ["region", "world"] }).view).toBe("region");
    expect(parseMapQuery({ view: "moon" }).view).toBe("world");
  });

  it("leaves out the list's other filters, which the map does not apply", () => {
    expect(parseMapQuery({ country: "RU", city: "Moscow", q: "ojag", sort: "bad" })).toEqual({
      filters: {},
      view: "world",
      ignored: [],
    });
  });
});
