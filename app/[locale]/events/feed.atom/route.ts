import { hasLocale } from "next-intl";
import { todayIso } from "@/lib/events/event-period";
import { parseEventQuery } from "@/lib/events/filters";
import { eventAtomFeed } from "@/lib/feeds/event-feeds";
import { searchParamsOf } from "@/lib/feeds/feed-links";
import { routing } from "@/lib/i18n/routing";

type Context = { params: Promise<{ locale: string }> };

/** The events list's filter set as an Atom feed of its most recently changed events. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found\n", { status: 404 });
  const { filters, when } = parseEventQuery(searchParamsOf(new URL(request.url)));
  return new Response(await eventAtomFeed({ locale, filters, when, today: todayIso() }), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=900" },
  });
}
