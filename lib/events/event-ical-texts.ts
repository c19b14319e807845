// The reader's-language texts of an event's calendar entry (the .ics download, the feeds, the add-to-calendar
// links). No database: callers pass the event and a translator.
import { countryName } from "@/lib/i18n/display-names";
import type { Locale } from "@/lib/i18n/routing";
import type { EventIcalTexts } from "./event-ical";
import { formatEventDates } from "./format-event-date";
import type { EventSummary } from "./types";

/** A translator for the root namespace (getTranslations({ locale }) or a createTranslator one). */
export type IcalTranslate = (key: string, values?: Record<string, string>) => string;

/** The texts of an event's calendar entry in the reader's language: type, date precision, recurrence, place. */
export function eventIcalTexts(
  event: EventSummary & { onlineUrl: string | null },
  locale: Locale,
  t: IcalTranslate,
): EventIcalTexts {
  const place = [event.city?.value, event.countryCode ? countryName(event.countryCode, locale) : null]
    .filter(Boolean)
    .join(", ");
  const date = formatEventDates(event, locale) ?? "";
  return {
    type: t(`Enums.EventType.${event.type}`),
    precisionNote: event.datePrecision === "DAY" ? null : t(`Event.ics.${event.datePrecision}`, { date }),
    recurrence: event.recurrence ? t("Event.ics.recurrence", { value: event.recurrence.value }) : null,
    location: place || event.onlineUrl,
  };
}
