import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import nodeIcal from "node-ical";
import { escapeText, foldLine, writeCalendar } from "./ical";

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n /g, "");

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("drops control characters that could break a line", () => {
    expect(escapeText("x\u0000y\u001bz\tw")).toBe("xyz\tw");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds the 76th", () => {
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
  });

  it("folds Cyrillic text at octet boundaries without splitting a character", () => {
    // "SUMMARY:" is 8 octets; each Cyrillic letter is 2, so the first line ends on a whole letter at 74 octets.
    const line = `SUMMARY:${"Фестиваль «Мы живём одной семьёй» в Казахстане — ".repeat(4)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const [i, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(" ")).toBe(true);
      // Every part is valid UTF-8 on its own: no character was cut in two.
      expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
    }
    expect(octets(physical[0]!)).toBe(74);
    expect(unfold(folded)).toBe(line);
  });

  it("keeps four-byte characters and surrogate pairs whole", () => {
    const line = `X:${"𝄞".repeat(40)}`;
    const physical = foldLine(line).split("\r\n");
    expect(physical.every((p) => octets(p) <= 75 && !/[\ud800-\udbff]$/.test(p))).toBe(true);
    expect(unfold(physical.join("\r\n"))).toBe(line);
  });
});

describe("writeCalendar", () => {
  const text = writeCalendar({
    prodId: "-//Test//EN",
    events: [
      {
        uid: "123@test",
        stamp: new Date("2024-03-01T12:34:56.789Z"),
        start: "2019-05-01",
        endExclusive: "2019-06-01",
        summary: "Forum, Moscow; day 1",
        description: "Line one\nLine two",
        location: "Moscow, Russia",
        url: "https://example.org/ru/events/forum",
        categories: ["Forum"],
        transparent: true,
      },
    ],
  });

  it("ends every line with CRLF and has no bare LF", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes all-day dates, an exclusive end, a UTC stamp and escaped text", () => {
    const lines = unfold(text).split("\r\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "UID:123@test",
        "DTSTAMP:20240301T123456Z",
        "DTSTART;VALUE=DATE:20190501",
        "DTEND;VALUE=DATE:20190601",
        "SUMMARY:Forum\\, Moscow\\; day 1",
        "DESCRIPTION:Line one\\nLine two",
        "LOCATION:Moscow\\, Russia",
        "URL:https://example.org/ru/events/forum",
        "TRANSP:TRANSPARENT",
      ]),
    );
    expect(lines.indexOf("BEGIN:VEVENT")).toBeLessThan(lines.indexOf("END:VEVENT"));
  });
});

describe("an empty calendar", () => {
  const empty = writeCalendar({ prodId: "-//Test//EN", name: "Nothing matches", events: [] });

  it("still holds a component, as RFC 5545 requires, and it is not an event", () => {
    const root = new ICAL.Component(ICAL.parse(empty));
    expect(root.name).toBe("vcalendar");
    expect(root.getAllSubcomponents().map((c) => c.name)).toEqual(["vtimezone"]);
    expect(root.getAllSubcomponents("vevent")).toEqual([]);
    const zone = new ICAL.Timezone(root.getFirstSubcomponent("vtimezone")!);
    expect(zone.tzid).toBe("UTC");
    expect(zone.utcOffset(ICAL.Time.fromDateTimeString("2026-07-01T12:00:00"))).toBe(0);
  });

  it("parses in a second parser (node-ical) as the calendar and a time zone, no events", () => {
    const parsed = Object.values(nodeIcal.sync.parseICS(empty));
    expect(parsed.map((c) => c?.type)).toEqual(["VTIMEZONE", "VCALENDAR"]);
  });

  it("is the same calendar with events after the zone", () => {
    const full = writeCalendar({
      prodId: "-//Test//EN",
      events: [{ uid: "1@test", stamp: new Date(0), start: "2021-05-09", endExclusive: "2021-05-10", summary: "A" }],
    });
    expect(Object.values(nodeIcal.sync.parseICS(full)).map((c) => c?.type)).toEqual([
      "VTIMEZONE",
      "VEVENT",
      "VCALENDAR",
    ]);
    expect(new ICAL.Component(ICAL.parse(full)).getAllSubcomponents("vevent")).toHaveLength(1);
  });
});
