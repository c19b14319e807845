import { describe, expect, it } from "vitest";
import { formatPartialDate, parsePartialDate } from "./partial-date";

describe("partial dates", () => {
  it.each([
    ["2013", "YEAR", "2013-01-01"],
    ["2019-05", "MONTH", "2019-05-01"],
    ["2021-05-09", "DAY", "2021-05-09"],
  ])("%s is the first day of its period with precision %s", (input, precision, iso) => {
    const parsed = parsePartialDate(input);
    expect(parsed.precision).toBe(precision);
    expect(parsed.date.toISOString().slice(0, 10)).toBe(iso);
    expect(formatPartialDate(parsed)).toBe(input);
  });

  it.each(["2019-13", "2019-02-30", "19", "2019/05/01", "", "2019-05-09T10:00"])("rejects %j", (input) => {
    expect(() => parsePartialDate(input)).toThrow(RangeError);
  });
});
