// iCalendar text for tests of calendar subscriptions: one all-day event, and a calendar of such events.

/** An all-day event on `start` (20270315) with its UID and title. */
export const vevent = (uid: string, start: string, summary: string) =>
  [
    "BEGIN:VEVENT",
    `UID:${uid}`,
    "DTSTAMP:20260101T000000Z",
    `DTSTART;VALUE=DATE:${start}`,
    `SUMMARY:${summary}`,
    "END:VEVENT",
  ].join("\r\n");

/** A calendar named `name` (X-WR-CALNAME) holding the events. */
export const calendarOf = (name: string, ...events: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", `X-WR-CALNAME:${name}`, ...events, "END:VCALENDAR"].join(
    "\r\n",
  );
