// Reads an iCalendar file (RFC 5545) with ical.js into the events an import considers. Dates become days:
// an all-day event's exclusive DTEND becomes its last day; a timed event keeps the days as written in its own
// time zone (an atlas event has no time of day). Recurring events and overrides, cancelled events and events
// without a start or UID are kept with their problem, so the dry run can say why they are not imported.
import ICAL from "ical.js";

export const MAX_EVENTS = 500;

export type CalendarEvent = {
  /** Position in the file, from 1. */
  index: number;
  uid: string | null;
  summary: string | null;
  description: string | null;
  location: string | null;
  url: string | null;
  categories: string[];
  /** First day, YYYY-MM-DD. */
  start: string | null;
  /** Last day, YYYY-MM-DD, when after the first. */
  end: string | null;
  problems: ("noUid" | "noStart" | "recurring" | "cancelled")[];
};

/**
 * What an address gave: an iCalendar file ("ical"), or a news feed ("feed", RSS or Atom: ./parse-feed.ts), whose
 * items are reports of events dated by their publication (EventDateBasis.REPORT).
 */
export type ParsedCalendar = { name: string | null; events: CalendarEvent[]; format?: "ical" | "feed" };

export class CalendarError extends Error {
  constructor(readonly code: "notCalendar" | "tooManyEvents") {
    super(code);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const day = (t: ICAL.Time) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

/** HTML some calendar apps put in DESCRIPTION, as plain text: line breaks kept, tags dropped, entities decoded. */
// Each tag match stops at the next "<": `<[^>]*>` rescanned the rest of the text from every "<" (quadratic on a
// feed of many "<" without ">"), so a calendar could stall the server.
export function htmlToText(value: string): string {
  if (!/<[a-z/!]|&[a-z#0-9]+;/i.test(value)) return value;
  return value
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, "\n")
    .replace(/<[^<>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function dates(event: ICAL.Event): { start: string | null; end: string | null } {
  const start = event.startDate;
  if (!start) return { start: null, end: null };
  const first = day(start);
  const endTime = event.endDate;
  if (!endTime) return { start: first, end: null };
  const last = endTime.clone();
  // DTEND is exclusive: an all-day event (or one ending at midnight) ends the day before.
  if (last.isDate || (last.hour === 0 && last.minute === 0 && last.second === 0 && last.compare(start) > 0))
    last.adjust(-1, 0, 0, 0);
  const lastDay = day(last);
  return { start: first, end: lastDay === first ? null : lastDay };
}

export function parseCalendar(source: string): ParsedCalendar {
  let root: ICAL.Component;
  try {
    const parsed = ICAL.parse(source);
    root = new ICAL.Component(parsed as never);
  } catch {
    throw new CalendarError("notCalendar");
  }
  if (root.name !== "vcalendar") throw new CalendarError("notCalendar");
  const components = root.getAllSubcomponents("vevent");
  if (components.length > MAX_EVENTS) throw new CalendarError("tooManyEvents");
  const events = components.map((component, i): CalendarEvent => {
    const event = new ICAL.Event(component);
    const problems: CalendarEvent["problems"] = [];
    const uid = text(event.uid);
    if (!uid) problems.push("noUid");
    if (event.isRecurring() || event.isRecurrenceException()) problems.push("recurring");
    if (String(component.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED")
      problems.push("cancelled");
    let span: { start: string | null; end: string | null } = { start: null, end: null };
    try {
      span = dates(event);
    } catch {
      span = { start: null, end: null };
    }
    if (!span.start) problems.push("noStart");
    const description = text(event.description);
    return {
      index: i + 1,
      uid,
      summary: text(event.summary),
      description: description ? htmlToText(description) : null,
      location: text(event.location),
      url: text(component.getFirstPropertyValue("url")),
      categories: component
        .getAllProperties("categories")
        .flatMap((p) => p.getValues().map(String))
        .map((c) => c.trim())
        .filter(Boolean),
      ...span,
      problems,
    };
  });
  return { name: text(root.getFirstPropertyValue("x-wr-calname")), events, format: "ical" };
}
