import "server-only";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/seo/metadata";
import { eventCalendarFile } from "./event-ical";
import { eventIcalTexts, type IcalTranslate } from "./event-ical-texts";
import { getEvent } from "./get-event";

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
