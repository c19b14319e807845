// Locale routing: "/" and unprefixed paths redirect by Accept-Language (default ru). Pages also get their
// security headers and per-request CSP nonce here (lib/security).
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { securePageRequest } from "@/lib/security/secure-page-request";

const localeRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  return securePageRequest(request, localeRouting);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
