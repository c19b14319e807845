import { sitemapEntries } from "@/lib/cache/public-reads";
import { sitemapXml } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return new Response(sitemapXml(await sitemapEntries()), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
