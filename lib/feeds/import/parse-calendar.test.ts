import { describe, expect, it } from "vitest";
import { CalendarError, htmlToText, MAX_EVENTS, parseCalendar } from "./parse-calendar";

const calendar = (...events: string[]) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Test//EN",
    "X-WR-CALNAME:Армянские вечера",
    ...events,
    "END:VCALENDAR",
  ].join("\r\n");
const vevent = (...lines: string[]) =>
  ["BEGIN:VEVENT", "DTSTAMP:20240101T000000Z", ...lines, "END:VEVENT"].join("\r\n");

describe("parseCalendar", () => {
  it("reads an all-day span with its exclusive end, escaped text and folded lines", () => {
    const parsed = parseCalendar(
      calendar(
        vevent(
          "UID:a-1@example.org",
          "DTSTART;VALUE=DATE:20240509",
          "DTEND;VALUE=DATE:20240512",
          "SUMMARY:Дни армянской культуры\\, Москва",
          "DESCRIPTION:Первая строка\\nвторая стро",
          " ка",
          "LOCATION:Москва",
          "CATEGORIES:Festival,Culture",
        ),
      ),
    );
    expect(parsed.name).toBe("Армянские вечера");
    expect(parsed.events).toEqual([
      {
        index: 1,
        uid: "a-1@example.org",
        summary: "Дни армянской культуры, Москва",
        description: "Первая строка\nвторая строка",
        location: "Москва",
        url: null,
        categories: ["Festival", "Culture"],
        start: "2024-05-09",
        end: "2024-05-11",
        problems: [],
      },
    ]);
  });

  it("keeps a one-day event without an end, and a timed event's days in its own time zone", () => {
    const tz = [
      "BEGIN:VTIMEZONE",
      "TZID:Asia/Yerevan",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0400",
      "TZOFFSETTO:+0400",
      "END:STANDARD",
      "END:VTIMEZONE",
    ].join("\r\n");
    const parsed = parseCalendar(
      calendar(
        tz,
        vevent("UID:one", "DTSTART;VALUE=DATE:20240509", "DTEND;VALUE=DATE:20240510", "SUMMARY:One day"),
        vevent(
          "UID:late",
          "DTSTART;TZID=Asia/Yerevan:20240509T230000",
          "DTEND;TZID=Asia/Yerevan:20240510T010000",
          "SUMMARY:Late night",
        ),
        vevent("UID:duration", "DTSTART:20240601T100000Z", "DURATION:P2D", "SUMMARY:Two days on"),
        vevent("UID:midnight", "DTSTART:20240601T180000Z", "DTEND:20240602T000000Z", "SUMMARY:Evening"),
      ),
    );
    expect(parsed.events.map((e) => [e.uid, e.start, e.end])).toEqual([
      ["one", "2024-05-09", null],
      ["late", "2024-05-09", "2024-05-10"],
      ["duration", "2024-06-01", "2024-06-03"],
      ["midnight", "2024-06-01", null],
    ]);
  });

  it("marks recurring, cancelled, start-less and UID-less events with their problem", () => {
    const parsed = parseCalendar(
      calendar(
        vevent("UID:weekly", "DTSTART;VALUE=DATE:20240101", "RRULE:FREQ=WEEKLY", "SUMMARY:Weekly"),
        vevent("UID:off", "DTSTART;VALUE=DATE:20240101", "STATUS:CANCELLED", "SUMMARY:Off"),
        vevent("UID:nodate", "SUMMARY:No date"),
        vevent("DTSTART;VALUE=DATE:20240101", "SUMMARY:No uid"),
      ),
    );
    expect(parsed.events.map((e) => e.problems)).toEqual([["recurring"], ["cancelled"], ["noStart"], ["noUid"]]);
  });

  it("turns an HTML description into plain text", () => {
    expect(htmlToText("<p>Concert &amp; talk</p><p>Entry <b>free</b><br>Bring friends</p>")).toBe(
      "Concert & talk\nEntry free\nBring friends",
    );
    expect(htmlToText("a < b and c > d")).toBe("a < b and c > d");
  });

  it("refuses what is not a calendar, and more than MAX_EVENTS events", () => {
    for (const text of ["", "hello", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nEND:VCARD", "<html></html>"]) {
      expect(() => parseCalendar(text), text).toThrowError(CalendarError);
    }
    const many = Array.from({ length: MAX_EVENTS + 1 }, (_, i) =>
      vevent(`UID:${i}`, "DTSTART;VALUE=DATE:20240101", `SUMMARY:E${i}`),
    );
    expect(() => parseCalendar(calendar(...many))).toThrowError(new CalendarError("tooManyEvents"));
  });
});
