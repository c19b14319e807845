// Locale routing: "/" and unprefixed paths redirect by Accept-Language (default ru). Before it: request ids,
// logs and the outage page (lib/observability/proxy.ts), which also see /api.
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { observe } from "@/lib/observability/proxy";

export default observe(createMiddleware(routing));

export const config = {
  // Everything but Next internals and files with an extension (API routes: the second pattern, for their ids).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)", "/api/:path*"],
};
