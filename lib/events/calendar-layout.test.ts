import { describe, expect, it } from "vitest";
import { firstDayOfWeek, layoutCalendarMonth } from "./calendar-layout";
import type { EventDates } from "./event-period";

type E = EventDates & { slug: string };
const day = (slug: string, startDate: string, endDate: string | null = null): E => ({
  slug,
  startDate,
  endDate,
  datePrecision: "DAY",
});

describe("layoutCalendarMonth", () => {
  const events: E[] = [
    day("forum", "2020-12-08"),
    day("across-new-year", "2020-12-30", "2021-01-02"),
    { slug: "december-only", startDate: "2020-12-01", endDate: null, datePrecision: "MONTH" },
    { slug: "year-2020", startDate: "2020-01-01", endDate: null, datePrecision: "YEAR" },
    { slug: "undated", startDate: null, endDate: null, datePrecision: "DAY" },
    day("november", "2020-11-30"),
  ];
  const layout = layoutCalendarMonth("2020-12", events, 1);
  const cells = layout.weeks.flat().filter((c) => c !== null);
  const slugsOn = (date: string) => cells.find((c) => c.date === date)!.events.map((e) => e.slug);

  it("puts day-precise events on their days, a multi-day event on each of its days in the month", () => {
    expect(slugsOn("2020-12-08")).toEqual(["forum"]);
    expect(slugsOn("2020-12-30")).toEqual(["across-new-year"]);
    expect(slugsOn("2020-12-31")).toEqual(["across-new-year"]);
    expect(cells).toHaveLength(31);
  });

  it("never puts a month- or year-only date on the first day", () => {
    expect(slugsOn("2020-12-01")).toEqual([]);
    expect(layout.monthOnly.map((e) => e.slug)).toEqual(["december-only"]);
    expect(layout.yearOnly.map((e) => e.slug)).toEqual(["year-2020"]);
  });

  it("leaves out undated events and events outside the month", () => {
    const all = [...cells.flatMap((c) => c.events), ...layout.monthOnly, ...layout.yearOnly].map((e) => e.slug);
    expect(all).not.toContain("undated");
    expect(all).not.toContain("november");
  });

  it("starts the week where the locale does", () => {
    expect(firstDayOfWeek("ru")).toBe(1);
    expect(firstDayOfWeek("en")).toBe(7);
  });
});
