import "server-only";
import type { MetadataRoute } from "next";
import { hostCountryCodes } from "@/lib/countries/host-country-filter";
import { db } from "@/lib/db/client";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "./metadata";

type Entry = { pathname: string; lastModified?: Date };

/** Every public page in every UI language, each with its hreflang alternates. */
export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
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
  return pages.flatMap(({ pathname, lastModified }) =>
    routing.locales.map((locale) => ({
      url: url(locale, pathname),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, url(l, pathname)])) },
    })),
  );
}
