import { hasLocale } from "next-intl";
import { searchParamsOf } from "@/lib/feeds/feed-links";
import { organizationAtomFeed } from "@/lib/feeds/organization-feed";
import { routing } from "@/lib/i18n/routing";
import { parseOrganizationQuery } from "@/lib/organizations/filters";

type Context = { params: Promise<{ locale: string }> };

/** Newly published organizations matching the list's filters, newest first: /ru/organizations/feed.atom?diaspora=armenian. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found\n", { status: 404 });
  const { filters } = parseOrganizationQuery(searchParamsOf(new URL(request.url)));
  return new Response(await organizationAtomFeed(locale, filters), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=900" },
  });
}
