import { hasLocale } from "next-intl";
import { LICENSE_LINK_HEADER } from "@/lib/about/data-license";
import { todayIso } from "@/lib/events/event-period";
import { parseEventQuery } from "@/lib/events/filters";
import { eventIcsStream } from "@/lib/feeds/event-feeds";
import { searchParamsOf } from "@/lib/feeds/feed-links";
import { routing } from "@/lib/i18n/routing";

type Context = { params: Promise<{ locale: string }> };

/** The events list's filter set as a calendar to subscribe to: /ru/events/feed.ics?diaspora=armenian&country=RU. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found\n", { status: 404 });
  const { filters, when } = parseEventQuery(searchParamsOf(new URL(request.url)));
  return new Response(eventIcsStream({ locale, filters, when, today: todayIso() }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="events.ics"',
      "Cache-Control": "public, max-age=900",
      // iCalendar has no licence property: the data's licence goes in the header (RFC 8288).
      Link: LICENSE_LINK_HEADER,
    },
  });
}
