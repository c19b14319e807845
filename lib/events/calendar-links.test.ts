import { describe, expect, it } from "vitest";
import { googleCalendarUrl, outlookCalendarUrl, webcalUrl, type CalendarLinkEntry } from "./calendar-links";
import { eventIcalEntry } from "./event-ical";

const entry: CalendarLinkEntry = {
  start: "2026-05-09",
  endExclusive: "2026-05-10",
  summary: "Новруз & весна",
  description: "Первая строка\n\nhttps://atlas.example/ru/events/novruz",
  location: "Москва, Россия",
};

const parse = (url: string) => {
  const u = new URL(url);
  return { base: `${u.origin}${u.pathname}`, params: u.searchParams, raw: u.search };
};

describe("googleCalendarUrl", () => {
  it("fills Google Calendar's event template, all-day with an exclusive end", () => {
    const { base, params } = parse(googleCalendarUrl(entry));
    expect(base).toBe("https://calendar.google.com/calendar/render");
    expect(params.get("action")).toBe("TEMPLATE");
    expect(params.get("text")).toBe("Новруз & весна");
    expect(params.get("dates")).toBe("20260509/20260510");
    expect(params.get("details")).toBe(entry.description);
    expect(params.get("location")).toBe("Москва, Россия");
  });

  it("encodes text so that & and spaces survive, spaces as %20", () => {
    const { raw } = parse(googleCalendarUrl(entry));
    expect(raw).toContain("%26%20");
    expect(raw).not.toContain("+");
  });

  it("spans several days up to the day after the last, across a year's end", () => {
    const url = googleCalendarUrl({ ...entry, start: "2026-12-30", endExclusive: "2027-01-02" });
    expect(parse(url).params.get("dates")).toBe("20261230/20270102");
  });

  it("leaves out an empty location or description", () => {
    const { params } = parse(googleCalendarUrl({ ...entry, location: undefined, description: "" }));
    expect(params.has("location")).toBe(false);
    expect(params.has("details")).toBe(false);
  });
});

describe("outlookCalendarUrl", () => {
  it("fills Outlook on the web's compose form as an all-day event with an exclusive end", () => {
    const { base, params } = parse(outlookCalendarUrl(entry));
    expect(base).toBe("https://outlook.live.com/calendar/0/action/compose");
    expect(params.get("rru")).toBe("addevent");
    expect(params.get("path")).toBe("/calendar/action/compose");
    expect(params.get("subject")).toBe("Новруз & весна");
    expect(params.get("startdt")).toBe("2026-05-09");
    expect(params.get("enddt")).toBe("2026-05-10");
    expect(params.get("allday")).toBe("true");
    expect(params.get("body")).toBe(entry.description);
    expect(params.get("location")).toBe("Москва, Россия");
  });
});

describe("from an event's calendar entry", () => {
  const texts = { type: "Праздник", precisionNote: null, recurrence: null, location: "Баку" };
  const event = {
    id: "e1",
    slug: "novruz",
    title: { value: "Новруз", locale: "ru" },
    description: null,
    updatedAt: "2026-01-01T00:00:00Z",
  };

  it("a single day ends the next day", () => {
    const day = eventIcalEntry(
      { ...event, startDate: "2026-03-20", endDate: null, datePrecision: "DAY" } as never,
      "https://a/e",
      texts,
    )!;
    expect(parse(googleCalendarUrl(day)).params.get("dates")).toBe("20260320/20260321");
    expect(parse(outlookCalendarUrl(day)).params.get("enddt")).toBe("2026-03-21");
  });

  it("a date known only to the month covers the whole month, as the .ics file does", () => {
    const month = eventIcalEntry(
      { ...event, startDate: "2024-02-01", endDate: null, datePrecision: "MONTH" } as never,
      "https://a/e",
      { ...texts, precisionNote: "Известен только месяц: февраль 2024" },
    )!;
    const { params } = parse(googleCalendarUrl(month));
    expect(params.get("dates")).toBe("20240201/20240301");
    expect(params.get("details")).toContain("Известен только месяц");
    expect(parse(outlookCalendarUrl(month)).params.get("enddt")).toBe("2024-03-01");
  });
});

describe("webcalUrl", () => {
  it("swaps the scheme and keeps the rest, query included", () => {
    expect(webcalUrl("https://atlas.example/ru/events/feed.ics?diaspora=armenian&when=all")).toBe(
      "webcal://atlas.example/ru/events/feed.ics?diaspora=armenian&when=all",
    );
    expect(webcalUrl("http://localhost:3000/en/events/feed.ics")).toBe("webcal://localhost:3000/en/events/feed.ics");
  });

  it("refuses what is not a web address", () => {
    expect(() => webcalUrl("ftp://atlas.example/x.ics")).toThrow();
  });
});
