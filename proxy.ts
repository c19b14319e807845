// Locale routing: "/" and unprefixed paths redirect by Accept-Language (default ru). Before it: request ids,
// logs and the outage page (lib/observability/proxy.ts), which also see /api; pages then get their security
// headers and per-request CSP nonce (lib/security).
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { observe } from "@/lib/observability/proxy";
import { securePageRequest } from "@/lib/security/secure-page-request";

const localeRouting = createMiddleware(routing);

export default observe((request: NextRequest) => securePageRequest(request, localeRouting));

export const config = {
  // Everything but Next internals and files with an extension (API routes: the second pattern, for their ids).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)", "/api/:path*"],
};
