import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/seo/metadata";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/" }], sitemap: new URL("/sitemap.xml", siteUrl()).toString() };
}
