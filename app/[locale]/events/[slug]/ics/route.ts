import { hasLocale } from "next-intl";
import { eventCalendarDownload } from "@/lib/events/event-calendar-download";
import { routing } from "@/lib/i18n/routing";

type Context = { params: Promise<{ locale: string; slug: string }> };

/** Downloads an event as an iCalendar file ("add to calendar"). */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, slug } = await params;
  const download = hasLocale(routing.locales, locale) ? await eventCalendarDownload(slug, locale) : null;
  if (!download)
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(download.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${download.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
