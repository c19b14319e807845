// An event as an "add to calendar" file. Dates known only to the month or year become an all-day span
// over that whole month or year, marked free, with the precision said in the description.
import { addDays, periodEnd } from "./event-period";
import { writeCalendar, type IcalEvent } from "./ical";
import type { EventDetail } from "./types";

export const ICAL_PRODUCT = "-//Diaspora Atlas//Events//EN";

/** Texts in the reader's language, prepared by the caller (which holds the translations). */
export type EventIcalTexts = {
  /** The event type's name, as a category. */
  type: string;
  /** E.g. "Date known only to the year: 2013 (the entry covers the whole year)."; null for a day-precise date. */
  precisionNote: string | null;
  /** "Recurrence: held since 2013", when recorded. */
  recurrence: string | null;
  /** "City, Country", or the online address. */
  location: string | null;
};

export function eventUid(event: Pick<EventDetail, "id">): string {
  return `${event.id}@diaspora-atlas`;
}

/** What a calendar entry is made of: an event page's detail, or a feed's lighter row. */
export type IcalSource = Pick<
  EventDetail,
  "id" | "slug" | "title" | "description" | "startDate" | "endDate" | "datePrecision" | "updatedAt"
>;

/** The calendar entry of an event, or null for an undated event (a calendar entry needs a date). */
export function eventIcalEntry(event: IcalSource, url: string, texts: EventIcalTexts): IcalEvent | null {
  const last = periodEnd(event);
  if (!event.startDate || !last) return null;
  const description = [texts.precisionNote, texts.recurrence, event.description?.value, url]
    .filter(Boolean)
    .join("\n\n");
  const entry: IcalEvent = {
    uid: eventUid(event),
    stamp: new Date(event.updatedAt),
    start: event.startDate,
    endExclusive: addDays(last, 1),
    summary: event.title?.value ?? event.slug,
    description,
    ...(texts.location ? { location: texts.location } : {}),
    url,
    categories: [texts.type],
    transparent: event.datePrecision !== "DAY",
  };
  return entry;
}

/** The calendar file's text, or null for an undated event (a calendar entry needs a date). */
export function eventCalendarFile(event: EventDetail, url: string, texts: EventIcalTexts): string | null {
  const entry = eventIcalEntry(event, url, texts);
  return entry ? writeCalendar({ prodId: ICAL_PRODUCT, events: [entry] }) : null;
}
