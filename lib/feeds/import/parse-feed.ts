// Reads a news feed (RSS 2.0, RSS 1.0 or Atom) with htmlparser2's feed reader into the same shape as a calendar
// (./parse-calendar.ts), so a subscription plans it as it plans a calendar. A news item is a report: its title and
// text describe an event (or not: a moderator decides), its publication day is the report's date (the event is
// dated with EventDateBasis.REPORT), its link is where it was published, and its id (or else its link) follows it
// from one read to the next. An item without a date or an id is kept with its problem.
import { parseFeed } from "htmlparser2";
import {
  CalendarError,
  htmlToText,
  MAX_EVENTS,
  parseCalendar,
  type CalendarEvent,
  type ParsedCalendar,
} from "./parse-calendar";

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

/** True when the text looks like XML or HTML rather than iCalendar (which starts with BEGIN:VCALENDAR). */
export function looksLikeXml(source: string): boolean {
  // trimStart drops a byte-order mark too (U+FEFF is white space to JavaScript).
  return source.trimStart().startsWith("<");
}

export function parseNewsFeed(source: string): ParsedCalendar {
  const feed = parseFeed(source, { xmlMode: true });
  if (!feed) throw new CalendarError("notCalendar");
  if (feed.items.length > MAX_EVENTS) throw new CalendarError("tooManyEvents");
  const events = feed.items.map((item, i): CalendarEvent => {
    const uid = text(item.id) ?? text(item.link);
    const published = item.pubDate && !Number.isNaN(item.pubDate.getTime()) ? item.pubDate : null;
    const description = text(item.description);
    const problems: CalendarEvent["problems"] = [];
    if (!uid) problems.push("noUid");
    if (!published) problems.push("noStart");
    return {
      index: i + 1,
      uid,
      summary: text(item.title),
      description: description ? htmlToText(description) : null,
      location: null,
      url: text(item.link),
      categories: [],
      start: published ? published.toISOString().slice(0, 10) : null,
      end: null,
      problems,
    };
  });
  return { name: text(feed.title), events, format: "feed" };
}

/** A subscription's address gives either: a news feed when the text is XML, else an iCalendar file. */
export function parseCalendarOrFeed(source: string): ParsedCalendar {
  return looksLikeXml(source) ? parseNewsFeed(source) : parseCalendar(source);
}
