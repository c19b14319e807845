// The `Link` response header with a page's language versions (RFC 8288, hreflang), built from SITE_URL like the
// <link rel="alternate"> tags in the page's head (lib/seo/metadata.ts): next-intl's own header (turned off in
// lib/i18n/routing.ts) took the origin from the request's Host, so any Host a client sent was echoed back.
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "./site-url";

/** The header value for a localized page path ("/en/organizations"), or null for any other path. */
export function alternateLinksHeader(pathname: string, origin: string = siteUrl()): string | null {
  const [, first, ...rest] = pathname.split("/");
  if (!(routing.locales as readonly string[]).includes(first ?? "")) return null;
  const tail = rest.length ? `/${rest.join("/")}` : "";
  const link = (locale: string, hreflang: string) =>
    `<${new URL(`/${locale}${tail}`, origin).href}>; rel="alternate"; hreflang="${hreflang}"`;
  // x-default as in the head: the default locale's version of the page.
  return [...routing.locales.map((l) => link(l, l)), link(routing.defaultLocale, "x-default")].join(", ");
}
