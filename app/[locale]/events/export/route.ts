import { hasLocale } from "next-intl";
import { eventExport } from "@/lib/exports/event-export";
import { routing } from "@/lib/i18n/routing";

type Context = { params: Promise<{ locale: string }> };

/** The events list's current filters and view as a CSV or JSON download (?format=csv|json). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found\n", { status: 404 });
  return eventExport(new URL(request.url).searchParams, locale);
}
