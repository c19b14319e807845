import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { boundedQuery, MAX_PARAMETER_LENGTH, MAX_PARAMETERS } from "./bounded-query";

describe("page queries", () => {
  it("are left alone when every value is of a sane length", () => {
    expect(boundedQuery(new URLSearchParams({ q: "армян", country: "RU", page: "2" }))).toBeNull();
    expect(boundedQuery(new URLSearchParams({ q: "я".repeat(MAX_QUERY_LENGTH) }))).toBeNull();
  });

  it("cut the search text to what the search uses, counting characters", () => {
    const bounded = boundedQuery(new URLSearchParams({ q: "😀".repeat(14_000), country: "RU" }))!;
    expect([...bounded.get("q")!]).toHaveLength(MAX_QUERY_LENGTH);
    expect(bounded.get("country")).toBe("RU");
  });

  it("drop other values too long to be a filter, and parameters past the limit", () => {
    expect(
      boundedQuery(new URLSearchParams({ city: "x".repeat(MAX_PARAMETER_LENGTH + 1), type: "YOUTH" }))!.toString(),
    ).toBe("type=YOUTH");
    const many = new URLSearchParams(Array.from({ length: MAX_PARAMETERS + 10 }, (_, i) => [`p${i}`, "1"]));
    expect(boundedQuery(many)!.size).toBe(MAX_PARAMETERS);
  });
});
