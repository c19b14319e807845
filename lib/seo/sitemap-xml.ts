// The sitemap as XML in the order the sitemaps.org 0.9 schema requires: <loc>, then <lastmod>, then elements of
// other namespaces (the xhtml:link language alternates). Next's own sitemap writer puts the alternates before
// <lastmod>, which fails the schema (tests/fixtures/xml/sitemap.xsd) on every entry that has a date.
import { escapeXml } from "@/lib/feeds/atom";

export type SitemapUrl = {
  loc: string;
  /** W3C date-time (ISO 8601), the page's last change when the atlas knows it. */
  lastmod?: string;
  /** Every language version of the page, the page itself included, and x-default. */
  alternates: { hreflang: string; href: string }[];
};

export function sitemapXml(urls: SitemapUrl[]): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
  ];
  for (const url of urls) {
    lines.push("<url>", `<loc>${escapeXml(url.loc)}</loc>`);
    if (url.lastmod) lines.push(`<lastmod>${escapeXml(url.lastmod)}</lastmod>`);
    for (const a of url.alternates)
      lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`);
    lines.push("</url>");
  }
  lines.push("</urlset>", "");
  return lines.join("\n");
}

/** A sitemap index (sitemaps.org 0.9 `sitemapindex`): the address of each sitemap file, with its last change. */
export function sitemapIndexXml(files: { loc: string; lastmod?: string }[]): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
  ];
  for (const file of files) {
    lines.push("<sitemap>", `<loc>${escapeXml(file.loc)}</loc>`);
    if (file.lastmod) lines.push(`<lastmod>${escapeXml(file.lastmod)}</lastmod>`);
    lines.push("</sitemap>");
  }
  lines.push("</sitemapindex>", "");
  return lines.join("\n");
}
