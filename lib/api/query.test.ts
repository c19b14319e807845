import { describe, expect, it } from "vitest";
import { ApiError } from "./http/errors";
import { readQuery, rejectIgnored } from "./query";

const read = (query: string, path: Parameters<typeof readQuery>[1] = "/organizations") =>
  readQuery(new URL(`http://localhost/api/v1${path}?${query}`), path);

function errorOf(run: () => unknown): ApiError["body"]["error"] {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error.body.error;
    throw error;
  }
  throw new Error("no error thrown");
}

describe("readQuery", () => {
  it("defaults to page 1 of 20, no lang", () => {
    expect(read("")).toEqual({ params: {}, page: 1, perPage: 20, lang: undefined });
  });

  it("reads page, per_page and lang, and leaves empty values out", () => {
    expect(read("page=3&per_page=100&lang=sr-Latn&country=&q=x")).toEqual({
      params: { page: "3", per_page: "100", lang: "sr-Latn", q: "x" },
      page: 3,
      perPage: 100,
      lang: "sr-Latn",
    });
  });

  it.each([
    ["per_page=101", "per_page"],
    ["per_page=0", "per_page"],
    ["per_page=1.5", "per_page"],
    ["page=-1", "page"],
    ["page=100001", "page"],
    ["page=1e3", "page"],
    ["lang=EN", "lang"],
    ["lang=en-US-US", "lang"],
  ])("rejects %s naming %s", (query, parameter) => {
    expect(errorOf(() => read(query))).toMatchObject({ code: "invalid_parameter", parameter });
  });

  it("rejects a parameter the endpoint does not take, and says which ones it takes", () => {
    const error = errorOf(() => read("contry=RU"));
    expect(error).toMatchObject({ code: "unknown_parameter", parameter: "contry" });
    expect(error.message).toContain("country");
    expect(errorOf(() => read("language=ru", "/events"))).toMatchObject({
      code: "unknown_parameter",
      parameter: "language",
    });
    expect(errorOf(() => read("lang=en", "/openapi.json")).message).toContain("takes no parameters");
  });

  it("rejects a repeated parameter", () => {
    expect(errorOf(() => read("country=RU&country=DE"))).toMatchObject({
      code: "invalid_parameter",
      parameter: "country",
    });
  });

  it("requires q on /search", () => {
    expect(errorOf(() => read("kind=event", "/search"))).toMatchObject({ code: "missing_parameter", parameter: "q" });
    expect(errorOf(() => read("q=%20", "/search"))).toMatchObject({ code: "missing_parameter", parameter: "q" });
    expect(read("q=ojag", "/search").params.q).toBe("ojag");
  });
});

describe("rejectIgnored", () => {
  it("turns the first parameter a page parser could not use into a 400 with that parameter's rule", () => {
    expect(() => rejectIgnored("/organizations", [])).not.toThrow();
    const error = errorOf(() => rejectIgnored("/organizations", ["type", "sort"]));
    expect(error).toMatchObject({ code: "invalid_parameter", parameter: "type" });
    expect(error.message).toContain("CULTURAL_SOCIETY");
  });
});
