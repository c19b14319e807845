import { describe, expect, it } from "vitest";
import { addDays, monthBounds, monthWeeks, periodEnd, shiftMonth, todayIso } from "./event-period";

describe("event periods", () => {
  it.each([
    [{ startDate: "2021-05-09", endDate: null, datePrecision: "DAY" }, "2021-05-09"],
    [{ startDate: "2021-05-09", endDate: "2021-05-11", datePrecision: "DAY" }, "2021-05-11"],
    [{ startDate: "2019-02-01", endDate: null, datePrecision: "MONTH" }, "2019-02-28"],
    [{ startDate: "2020-02-01", endDate: null, datePrecision: "MONTH" }, "2020-02-29"],
    [{ startDate: "2019-05-01", endDate: "2019-07-01", datePrecision: "MONTH" }, "2019-07-31"],
    [{ startDate: "2013-01-01", endDate: null, datePrecision: "YEAR" }, "2013-12-31"],
    [{ startDate: null, endDate: null, datePrecision: "DAY" }, null],
  ] as const)("%j ends on %s", (dates, expected) => {
    expect(periodEnd(dates)).toBe(expected);
  });

  it("moves across month and year boundaries", () => {
    expect(shiftMonth("2020-12", 1)).toBe("2021-01");
    expect(shiftMonth("2021-01", -1)).toBe("2020-12");
    expect(shiftMonth("2021-05", -17)).toBe("2019-12");
    expect(addDays("2020-12-31", 1)).toBe("2021-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(monthBounds("2023-02")).toEqual({ first: "2023-02-01", last: "2023-02-28" });
  });

  it("reads today's date in the server's own time zone", () => {
    expect(todayIso(new Date(2024, 0, 5, 23, 59))).toBe("2024-01-05");
  });

  it("lays a month out in weeks from the locale's first weekday", () => {
    // December 2020 began on a Tuesday.
    const mondayFirst = monthWeeks("2020-12", 1);
    expect(mondayFirst[0]).toEqual([
      null,
      "2020-12-01",
      "2020-12-02",
      "2020-12-03",
      "2020-12-04",
      "2020-12-05",
      "2020-12-06",
    ]);
    expect(mondayFirst.at(-1)).toEqual(["2020-12-28", "2020-12-29", "2020-12-30", "2020-12-31", null, null, null]);
    const sundayFirst = monthWeeks("2020-12", 7);
    expect(sundayFirst[0]!.slice(0, 3)).toEqual([null, null, "2020-12-01"]);
    expect(mondayFirst.flat().filter(Boolean)).toHaveLength(31);
    expect(monthWeeks("2021-02", 1)).toHaveLength(4);
  });
});
