import { describe, expect, it } from "vitest";
import { chartIdFromCsvName, CHART_IDS } from "./charts";

describe("chartIdFromCsvName", () => {
  it("knows every chart's CSV name and nothing else", () => {
    for (const id of CHART_IDS) expect(chartIdFromCsvName(`${id}.csv`)).toBe(id);
    expect(chartIdFromCsvName("organizations-by-type")).toBeNull();
    expect(chartIdFromCsvName("nope.csv")).toBeNull();
    expect(chartIdFromCsvName("../organizations-by-type.csv")).toBeNull();
  });
});
