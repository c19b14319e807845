import { describe, expect, it } from "vitest";
import { dataAsOf } from "./data-as-of";

const cite = (year: number | null, accessedOn: string | null) => ({ source: { year, accessedOn } as never });

describe("dataAsOf", () => {
  it("is the newest source date: the access day where recorded, else the year of publication", () => {
    expect(dataAsOf([cite(2021, null), cite(2014, null)])).toEqual({ precision: "year", year: 2021 });
    expect(dataAsOf([cite(2021, null), cite(2010, "2024-03-01")])).toEqual({ precision: "day", date: "2024-03-01" });
    expect(dataAsOf([cite(2024, null), cite(2010, "2024-03-01")])).toEqual({ precision: "day", date: "2024-03-01" });
    expect(dataAsOf([cite(2025, null), cite(2010, "2024-03-01")])).toEqual({ precision: "year", year: 2025 });
  });

  it("is unknown without a dated source", () => {
    expect(dataAsOf([])).toBeNull();
    expect(dataAsOf([cite(null, null)])).toBeNull();
  });
});
