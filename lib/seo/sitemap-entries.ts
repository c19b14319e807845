import "server-only";
import { hostCountryCodes } from "@/lib/countries/host-country-filter";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "./metadata";
import type { SitemapUrl } from "./sitemap-xml";

type Entry = { pathname: string; lastModified?: Date };

/**
 * Profiles per sitemap file: each in every UI language, so 16 000 URLs, within the protocol's 50 000; with their 17
 * language alternates about 2 KB each, some 32 MB, within its 50 MB. 100 000 organizations and 1 000 000 events make
 * 1 101 files, within the 50 000 an index may list.
 */
export const SITEMAP_PAGES_PER_FILE = 1000;

/** One file of the sitemap index: `pages` (lists, diasporas, countries), `organizations-<n>`, `events-<n>`. */
export type SitemapFile = { name: string; lastmod?: string };

type Kind = "organizations" | "events";
const FILE_NAME = /^(?:pages|(organizations|events)-([1-9]\d{0,6}))$/;

/** The files the sitemap index lists, each with the latest change among its profiles. */
export async function sitemapFiles(): Promise<SitemapFile[]> {
  const chunks = (table: Prisma.Sql) =>
    db.$queryRaw<{ chunk: number; lastmod: Date }[]>`
      SELECT chunk::int, max("updatedAt") AS lastmod
      FROM (SELECT (row_number() OVER (ORDER BY slug) - 1) / ${SITEMAP_PAGES_PER_FILE} + 1 AS chunk, "updatedAt"
            FROM ${table}) numbered
      GROUP BY chunk ORDER BY chunk`;
  const [organizations, events] = await Promise.all([chunks(Prisma.sql`"Organization"`), chunks(Prisma.sql`"Event"`)]);
  const files = (kind: Kind, rows: { chunk: number; lastmod: Date }[]) =>
    rows.map((r) => ({ name: `${kind}-${r.chunk}`, lastmod: r.lastmod.toISOString() }));
  return [{ name: "pages" }, ...files("organizations", organizations), ...files("events", events)];
}

/** The URLs of one file of the index; null when there is no such file. */
export async function sitemapFile(name: string): Promise<SitemapUrl[] | null> {
  const match = FILE_NAME.exec(name);
  if (!match) return null;
  const kind = match[1] as Kind | undefined;
  if (!kind) return urlsOf(await listPages());
  const page = {
    select: { slug: true, updatedAt: true },
    orderBy: { slug: "asc" },
    skip: (Number(match[2]) - 1) * SITEMAP_PAGES_PER_FILE,
    take: SITEMAP_PAGES_PER_FILE,
  } as const;
  const rows = kind === "organizations" ? await db.organization.findMany(page) : await db.event.findMany(page);
  if (rows.length === 0) return null;
  return urlsOf(rows.map((r) => ({ pathname: `/${kind}/${r.slug}`, lastModified: r.updatedAt })));
}

/** The lists, the diasporas' and the host countries' pages. */
async function listPages(): Promise<Entry[]> {
  const [diasporas, countries] = await Promise.all([
    db.diaspora.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    hostCountryCodes(),
  ]);
  return [
    { pathname: "/" },
    ...["/organizations", "/events", "/diasporas", "/countries", "/stats", "/map", "/about"].map((pathname) => ({
      pathname,
    })),
    ...diasporas.map((d) => ({ pathname: `/diasporas/${d.slug}`, lastModified: d.updatedAt })),
    ...countries.map((code) => ({ pathname: `/countries/${code}` })),
  ];
}

/**
 * Each page in every UI language, each with its hreflang alternates and x-default (the default locale's version,
 * as in the page's head and its Link header: lib/seo/alternate-links.ts).
 */
function urlsOf(pages: Entry[]): SitemapUrl[] {
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
