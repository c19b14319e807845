import "server-only";
import type { MetadataRoute } from "next";
import { db } from "@/lib/db/client";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "./metadata";

type Entry = { pathname: string; lastModified?: Date };

/** Every public page in every UI language, each with its hreflang alternates. */
export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const organizations = await db.organization.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
  const pages: Entry[] = [
    { pathname: "/" },
    { pathname: "/organizations" },
    ...organizations.map((o) => ({ pathname: `/organizations/${o.slug}`, lastModified: o.updatedAt })),
  ];
  const origin = siteUrl();
  const url = (locale: (typeof routing.locales)[number], pathname: string) => new URL(getPathname({ locale, href: pathname }), origin).toString();
  return pages.flatMap(({ pathname, lastModified }) =>
    routing.locales.map((locale) => ({
      url: url(locale, pathname),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, url(l, pathname)])) },
    })),
  );
}
