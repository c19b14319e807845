import { describe, expect, it } from "vitest";
import { formatEventDates, formatMonth } from "./format-event-date";

describe("formatEventDates", () => {
  it("never shows a day that is not known", () => {
    expect(formatEventDates({ startDate: "2013-01-01", endDate: null, datePrecision: "YEAR" }, "en")).toBe("2013");
    expect(formatEventDates({ startDate: "2013-01-01", endDate: "2015-01-01", datePrecision: "YEAR" }, "ru")).toBe(
      "2013–2015",
    );
    expect(formatEventDates({ startDate: "2019-05-01", endDate: null, datePrecision: "MONTH" }, "en")).toBe("May 2019");
    expect(formatEventDates({ startDate: "2019-05-01", endDate: null, datePrecision: "MONTH" }, "ru")).toMatch(
      /^май 2019/,
    );
  });

  it("formats days and day ranges in the reader's language", () => {
    expect(formatEventDates({ startDate: "2020-12-08", endDate: null, datePrecision: "DAY" }, "en")).toBe(
      "December 8, 2020",
    );
    expect(formatEventDates({ startDate: "2020-12-08", endDate: null, datePrecision: "DAY" }, "ru")).toMatch(
      /^8 декабря 2020/,
    );
    expect(formatEventDates({ startDate: "2020-12-08", endDate: "2020-12-10", datePrecision: "DAY" }, "az")).toMatch(
      /^8\s?–\s?10 dekabr 2020/,
    );
  });

  it("says nothing for an undated event", () => {
    expect(formatEventDates({ startDate: null, endDate: null, datePrecision: "DAY" }, "en")).toBeNull();
  });

  it("names a month", () => {
    expect(formatMonth("2020-12", "en")).toBe("December 2020");
  });
});
