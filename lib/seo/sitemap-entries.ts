import "server-only";
import { hostCountryCodes } from "@/lib/countries/host-country-filter";
import { db } from "@/lib/db/client";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "./metadata";
import type { SitemapUrl } from "./sitemap-xml";

type Entry = { pathname: string; lastModified?: Date };

/**
 * Every public page in every UI language, each with its hreflang alternates and x-default (the default locale's
 * version, as in the page's head and its Link header: lib/seo/alternate-links.ts).
 */
export async function sitemapEntries(): Promise<SitemapUrl[]> {
  const bySlug = { select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } } as const;
  const [organizations, events, diasporas, countries] = await Promise.all([
    db.organization.findMany(bySlug),
    db.event.findMany(bySlug),
    db.diaspora.findMany(bySlug),
    hostCountryCodes(),
  ]);
  const pages: Entry[] = [
    { pathname: "/" },
    ...["/organizations", "/events", "/diasporas", "/countries", "/stats", "/map", "/about"].map((pathname) => ({
      pathname,
    })),
    ...organizations.map((o) => ({ pathname: `/organizations/${o.slug}`, lastModified: o.updatedAt })),
    ...events.map((e) => ({ pathname: `/events/${e.slug}`, lastModified: e.updatedAt })),
    ...diasporas.map((d) => ({ pathname: `/diasporas/${d.slug}`, lastModified: d.updatedAt })),
    ...countries.map((code) => ({ pathname: `/countries/${code}` })),
  ];
  const origin = siteUrl();
  const url = (locale: (typeof routing.locales)[number], pathname: string) =>
    new URL(getPathname({ locale, href: pathname }), origin).toString();
  return pages.flatMap(({ pathname, lastModified }) => {
    const alternates = [
      ...routing.locales.map((l) => ({ hreflang: l, href: url(l, pathname) })),
      { hreflang: "x-default", href: url(routing.defaultLocale, pathname) },
    ];
    return routing.locales.map((locale) => ({
      loc: url(locale, pathname),
      ...(lastModified ? { lastmod: lastModified.toISOString() } : {}),
      alternates,
    }));
  });
}
