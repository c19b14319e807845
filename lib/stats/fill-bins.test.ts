import { describe, expect, it } from "vitest";
import { fillBins } from "./fill-bins";

describe("fillBins", () => {
  it("fills the gaps of a time series with zeros, in order", () => {
    expect(
      fillBins(
        [
          { key: "2013", count: 1 },
          { key: "2010", count: 2 },
        ],
        1,
      ),
    ).toEqual([
      { key: "2010", count: 2 },
      { key: "2011", count: 0 },
      { key: "2012", count: 0 },
      { key: "2013", count: 1 },
    ]);
    expect(
      fillBins(
        [
          { key: "2010", count: 1 },
          { key: "1990", count: 4 },
        ],
        10,
      ).map((b) => b.key),
    ).toEqual(["1990", "2000", "2010"]);
    expect(fillBins([], 1)).toEqual([]);
  });

  it("does not fill a span wider than the limit", () => {
    expect(
      fillBins(
        [
          { key: "199", count: 1 },
          { key: "2019", count: 1 },
        ],
        1,
        100,
      ),
    ).toEqual([
      { key: "199", count: 1 },
      { key: "2019", count: 1 },
    ]);
  });
});
