// "Add to Google Calendar" and "Add to Outlook" addresses for an event's calendar entry, and the webcal:// form of
// a feed's address. The atlas's events have dates, never times, so every entry is all-day: Google takes
// dates=YYYYMMDD/YYYYMMDD with the end exclusive (the day after the last day), Outlook on the web takes
// startdt/enddt as YYYY-MM-DD with allday=true and, like iCalendar's DTEND, the end exclusive. Pure.
import type { IcalEvent } from "./ical";

export type CalendarLinkEntry = Pick<IcalEvent, "start" | "endExclusive" | "summary" | "description" | "location">;

const GOOGLE = "https://calendar.google.com/calendar/render";
const OUTLOOK = "https://outlook.live.com/calendar/0/action/compose";

/** Google wants basic ISO dates: 2026-05-09 → 20260509. */
const basicDate = (iso: string) => iso.split("-").join("");

function withQuery(base: string, params: [string, string | undefined][]): string {
  const query = new URLSearchParams();
  for (const [key, value] of params) if (value) query.set(key, value);
  // URLSearchParams writes a space as "+"; %20 reads the same to both services and to people reading the link.
  return `${base}?${query.toString().split("+").join("%20")}`;
}

/** Opens Google Calendar's new-event form filled with the entry, as an all-day event. */
export function googleCalendarUrl(entry: CalendarLinkEntry): string {
  return withQuery(GOOGLE, [
    ["action", "TEMPLATE"],
    ["text", entry.summary],
    ["dates", `${basicDate(entry.start)}/${basicDate(entry.endExclusive)}`],
    ["details", entry.description],
    ["location", entry.location],
  ]);
}

/** Opens Outlook on the web's new-event form filled with the entry, as an all-day event. */
export function outlookCalendarUrl(entry: CalendarLinkEntry): string {
  return withQuery(OUTLOOK, [
    ["path", "/calendar/action/compose"],
    ["rru", "addevent"],
    ["subject", entry.summary],
    ["startdt", entry.start],
    ["enddt", entry.endExclusive],
    ["allday", "true"],
    ["body", entry.description],
    ["location", entry.location],
  ]);
}

/** The webcal:// address of a feed (what calendar apps open to subscribe), from its http(s) address. */
export function webcalUrl(address: string): string {
  const url = new URL(address);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`not a web address: ${address}`);
  return `webcal:${address.slice(url.protocol.length)}`;
}
