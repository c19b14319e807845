// Locale routing: "/" and unprefixed paths redirect by Accept-Language (default ru). Before it: request ids,
// logs and the outage page (lib/observability/proxy.ts), which also see /api; then server-action requests that
// are not ours or that Next would answer with a 500 are refused (lib/security/action-guard.ts); pages then get
// their security headers and per-request CSP nonce (lib/security).
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { observe } from "@/lib/observability/proxy";
import { guardActionRequest } from "@/lib/security/action-guard";
import { securePageRequest } from "@/lib/security/secure-page-request";

const localeRouting = createMiddleware(routing);

export default observe(async (request: NextRequest) => (await guardActionRequest(request)) ?? securePageRequest(request, localeRouting));

export const config = {
  // Everything but Next internals and files with an extension (API routes: the second pattern, for their ids).
  // Any path can receive a server action (a page at a dotted path renders, the 404 page too): every request
  // naming one or posting a form passes the action guard.
  matcher: [
    "/((?!api|_next|_vercel|.*\\..*).*)",
    "/api/:path*",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
