// Locale routing: "/" and unprefixed paths redirect by Accept-Language (default ru). Before it: request ids,
// logs, body limits and the outage page (lib/observability/proxy.ts), which see every request; server-action
// requests that are not ours or that Next would answer with a 500 are refused there too (lib/security/action-guard.ts);
// pages then get their security headers and per-request CSP nonce (lib/security).
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { observe } from "@/lib/observability/proxy";
import { guardActionRequest } from "@/lib/security/action-guard";
import { alternateLinksHeader } from "@/lib/seo/alternate-links";
import { siteUrl } from "@/lib/seo/site-url";
import { securePageRequest } from "@/lib/security/secure-page-request";
import { boundedQuery } from "@/lib/validation/bounded-query";
import { isFilteredList, pathWithQuery, withoutEmptyValues } from "@/lib/validation/clean-query";

const localeRouting = createMiddleware(routing);

/**
 * next-intl's routing, plus the language versions of a page the app will render (not of a redirect). A page read
 * whose address carries over-long values is first sent to its bounded address (lib/validation/bounded-query.ts), and a
 * list's address with empty filter values to the one without them (lib/validation/clean-query.ts).
 */
async function routeLocale(request: NextRequest): Promise<Response> {
  const read = request.method === "GET" || request.method === "HEAD";
  const bounded = read
    ? boundedQuery(request.nextUrl.searchParams, request.nextUrl.pathname.endsWith("/search"))
    : null;
  // Next needs an absolute Location; built from SITE_URL, since the request's Host is the client's to choose.
  if (bounded) return NextResponse.redirect(new URL(`${request.nextUrl.pathname}?${bounded}`, siteUrl()), 303);
  // A filter form submitted without JavaScript names every field; the list's address names only the chosen ones.
  const clean =
    read && isFilteredList(request.nextUrl.pathname) ? withoutEmptyValues(request.nextUrl.searchParams) : null;
  if (clean) return NextResponse.redirect(new URL(pathWithQuery(request.nextUrl.pathname, clean), siteUrl()), 303);
  const response = await localeRouting(request);
  const links = response.headers.has("location") ? null : alternateLinksHeader(request.nextUrl.pathname);
  if (links) response.headers.set("Link", links);
  return response;
}

export default observe((request: NextRequest) => securePageRequest(request, routeLocale), guardActionRequest);

export const config = {
  // Every request gets an id and a log line (lib/observability/proxy.ts), files with an extension included (feeds,
  // .ics, citations, statistics CSV, sitemap.xml, robots.txt). Only Next's build assets are left out: immutable,
  // content-hashed files that reach no code of ours and would double the log of every page view.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
