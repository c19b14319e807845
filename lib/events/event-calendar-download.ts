import "server-only";
import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/display-names";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/seo/metadata";
import { eventCalendarFile, type EventIcalTexts } from "./event-ical";
import { formatEventDates } from "./format-event-date";
import { getEvent } from "./get-event";
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

export type CalendarDownload = { filename: string; body: string };

/** The "add to calendar" file of an event in the reader's language; null for an unknown or undated event. */
export async function eventCalendarDownload(slug: string, locale: Locale): Promise<CalendarDownload | null> {
  const event = await getEvent(slug, locale);
  if (!event?.startDate) return null;
  const t = await getTranslations({ locale });
  const url = new URL(getPathname({ locale, href: `/events/${event.slug}` }), siteUrl()).toString();
  const body = eventCalendarFile(event, url, eventIcalTexts(event, locale, t as unknown as IcalTranslate));
  return body ? { filename: `${event.slug.replace(/[^a-z0-9-]/gi, "-")}.ics`, body } : null;
}
