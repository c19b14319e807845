import { describe, expect, it } from "vitest";
import { summarize } from "./stats";

describe("summarize", () => {
  it("gives nearest-rank median and p95 whatever the input order", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(values)).toEqual({ n: 100, median: 50, p95: 95, min: 1, max: 100 });
    expect(summarize([7])).toMatchObject({ median: 7, p95: 7 });
  });

  it("lets one slow request in twenty set the p95 but not the median", () => {
    const values = [...Array(19).fill(10), 500];
    expect(summarize(values)).toMatchObject({ median: 10, p95: 10 });
    expect(summarize([...values, 500])).toMatchObject({ median: 10, p95: 500 });
  });
});
