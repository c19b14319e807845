// The proxy's security step for pages: a fresh nonce per request, handed to Next through the request's
// Content-Security-Policy header (Next reads the nonce from there and puts it on its own scripts), and the same
// policy plus the common headers on the response. Wraps the rest of the proxy (next-intl's routing).
import { NextRequest, NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { commonHeaders, createNonce, isHttpsSite, pagePolicy } from "./policy";

type Next = (request: NextRequest) => NextResponse | Response | Promise<NextResponse | Response>;

// A NUL byte is never part of an address of ours, and PostgreSQL refuses it in text: a lookup would fail with a 500.
const NUL = /%00/;

export async function securePageRequest(request: NextRequest, next: Next): Promise<Response> {
  const https = isHttpsSite(process.env.SITE_URL || undefined);
  const policy = pagePolicy({ nonce: createNonce(), development: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NUL.test(request.nextUrl.pathname + request.nextUrl.search)
    ? NextResponse.rewrite(new URL(`/${localeOf(request)}/invalid-address`, request.url), { request: { headers } })
    : await next(new NextRequest(request, { headers }));
  // Routing that answers without forwarding request headers (next-intl on a malformed path) still passes the nonce.
  if (!response.headers.has("x-middleware-override-headers") && !response.headers.has("location")) {
    for (const [key, value] of headers) response.headers.set(`x-middleware-request-${key}`, value);
    response.headers.set("x-middleware-override-headers", [...headers.keys()].join(","));
  }
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of commonHeaders({ https })) response.headers.set(name, value);
  return response;
}

/** The path's locale, for the localized 404 page ([locale]/[...rest]). */
function localeOf(request: NextRequest): string {
  const first = request.nextUrl.pathname.split("/")[1] ?? "";
  return (routing.locales as readonly string[]).includes(first) ? first : routing.defaultLocale;
}
