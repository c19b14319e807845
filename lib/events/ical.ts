// A minimal iCalendar (RFC 5545) writer for all-day events: CRLF line ends, lines folded at 75 octets
// without splitting a UTF-8 character, TEXT values escaped.

export type IcalEvent = {
  /** Globally unique and stable: the same event always gets the same UID. */
  uid: string;
  /** When the entry was last revised (with no METHOD, DTSTAMP means exactly that). */
  stamp: Date;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** The day after the last day (DTEND is exclusive), YYYY-MM-DD. */
  endExclusive: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
  /** Shown as free time: for spans that only say "some time in this month/year". */
  transparent?: boolean;
};

export type IcalCalendar = {
  prodId: string;
  events: IcalEvent[];
  /** Shown by calendar apps for a subscribed feed. */ name?: string;
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT escaping: backslash, semicolon, comma and line breaks; other control characters are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/** A URI value: control characters (which could end the line) are removed; nothing else is escaped. */
function uriValue(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, "");
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (excluding CRLF); continuation lines
 * start with one space, which counts. Splits only between code points, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const dateValue = (iso: string) => iso.replace(/-/g, "");
const stampValue = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function eventLines(e: IcalEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stampValue(e.stamp)}`,
    `LAST-MODIFIED:${stampValue(e.stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(e.start)}`,
    `DTEND;VALUE=DATE:${dateValue(e.endExclusive)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL:${uriValue(e.url)}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(",")}`);
  if (e.transparent) lines.push("TRANSP:TRANSPARENT");
  lines.push("END:VEVENT");
  return lines;
}

const physical = (lines: string[]) => lines.map((line) => foldLine(line) + CRLF).join("");

// RFC 5545 §3.6 requires at least one component in a VCALENDAR, and a streamed calendar does not know yet whether
// any event will match. Every calendar therefore opens with this UTC time zone: a valid component, unused by the
// all-day events (VALUE=DATE), so a filter that matches nothing still yields a valid calendar.
const UTC_ZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:UTC",
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0000",
  "TZNAME:UTC",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** The calendar's opening lines, folded and ended with CRLF: for writers that stream events after it. */
export function calendarStart({ prodId, name }: Omit<IcalCalendar, "events">): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${escapeText(prodId)}`, "CALSCALE:GREGORIAN"];
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  return physical([...lines, ...UTC_ZONE]);
}

/** One VEVENT, folded and ended with CRLF. */
export function writeEvent(event: IcalEvent): string {
  return physical(eventLines(event));
}

export const CALENDAR_END = physical(["END:VCALENDAR"]);

/** The whole iCalendar object, every line folded and ended with CRLF. */
export function writeCalendar({ events, ...calendar }: IcalCalendar): string {
  return calendarStart(calendar) + events.map(writeEvent).join("") + CALENDAR_END;
}
