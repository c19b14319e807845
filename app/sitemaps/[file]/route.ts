// One file of the sitemap index (app/sitemap.xml): /sitemaps/pages.xml, /sitemaps/organizations-<n>.xml,
// /sitemaps/events-<n>.xml; any other name, or a number past the last file, is a 404.
import { sitemapFile } from "@/lib/cache/public-reads";
import { sitemapXml } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const urls = file.endsWith(".xml") ? await sitemapFile(file.slice(0, -".xml".length)) : null;
  if (!urls)
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(sitemapXml(urls), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
