// The sitemap index: one file of lists and places, then the profiles a thousand to a file
// (lib/seo/sitemap-entries.ts), so that 100 000 organizations and a million events in 16 languages stay within the
// protocol's limits of 50 000 URLs and 50 MB a file.
import { sitemapFiles } from "@/lib/cache/public-reads";
import { siteUrl } from "@/lib/seo/site-url";
import { sitemapIndexXml } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const origin = siteUrl();
  const files = (await sitemapFiles()).map((f) => ({
    loc: new URL(`/sitemaps/${f.name}.xml`, origin).toString(),
    ...(f.lastmod ? { lastmod: f.lastmod } : {}),
  }));
  return new Response(sitemapIndexXml(files), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
