import type { MetadataRoute } from "next";
// site-url alone (not metadata, which loads the i18n routing): the route stays light to load and answer.
import { siteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/" }], sitemap: new URL("/sitemap.xml", siteUrl()).toString() };
}
