import { describe, expect, it } from "vitest";
import { eventCalendarFile } from "./event-ical";
import type { EventDetail } from "./types";

const event: EventDetail = {
  id: "0b0e6f4e-7d7a-4a43-9d62-2f1f5c1a0001",
  slug: "russia-kazakhstan-festival",
  type: "FESTIVAL",
  title: { value: "Российско-казахстанский фестиваль искусств «XXI век»", locale: "ru", isFallback: false },
  startDate: "2013-01-01",
  endDate: null,
  datePrecision: "YEAR",
  dateBasis: "STATED",
  countryCode: "KZ",
  city: null,
  online: false,
  recurrence: null,
  description: null,
  titleProvenance: null,
  descriptionProvenance: null,
  titleProvenances: [],
  onlineUrl: null,
  organizers: [],
  diasporas: [],
  citations: [],
  updatedAt: "2024-01-02T03:04:05.000Z",
};
const texts = {
  type: "Фестиваль",
  precisionNote: "Дата известна только с точностью до года: 2013.",
  recurrence: null,
  location: "Казахстан",
};
const unfold = (s: string) => s.replace(/\r\n /g, "").split("\r\n");

describe("eventCalendarFile", () => {
  it("spans the whole year for a year-only date, marked free, and says so", () => {
    const lines = unfold(eventCalendarFile(event, "https://atlas.example/ru/events/x", texts)!);
    expect(lines).toContain("DTSTART;VALUE=DATE:20130101");
    expect(lines).toContain("DTEND;VALUE=DATE:20140101");
    expect(lines).toContain("TRANSP:TRANSPARENT");
    expect(lines).toContain(`UID:${event.id}@diaspora-atlas`);
    expect(lines).toContain("DTSTAMP:20240102T030405Z");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:"))).toMatch(
      /^DESCRIPTION:Дата известна только с точностью до года: 2013\.\\n\\nhttps:/,
    );
  });

  it("gives a day-precise event its days with an exclusive end", () => {
    const lines = unfold(
      eventCalendarFile({ ...event, startDate: "2020-12-08", endDate: "2020-12-10", datePrecision: "DAY" }, "u", {
        ...texts,
        precisionNote: null,
      })!,
    );
    expect(lines).toContain("DTSTART;VALUE=DATE:20201208");
    expect(lines).toContain("DTEND;VALUE=DATE:20201211");
    expect(lines).not.toContain("TRANSP:TRANSPARENT");
  });

  it("gives the same UID whatever the language, and none for an undated event", () => {
    const en = eventCalendarFile(
      { ...event, title: { value: "Festival", locale: "en", isFallback: false } },
      "u",
      texts,
    )!;
    expect(unfold(en)).toContain(`UID:${event.id}@diaspora-atlas`);
    expect(eventCalendarFile({ ...event, startDate: null }, "u", texts)).toBeNull();
  });
});
