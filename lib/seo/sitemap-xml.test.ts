import { describe, expect, it } from "vitest";
import { sitemapIndexSchemaErrors, sitemapSchemaErrors } from "../../tests/support/xml-schema";
import { sitemapIndexXml, sitemapXml, type SitemapUrl } from "./sitemap-xml";

const page = (lastmod?: string): SitemapUrl => ({
  loc: "https://atlas.example.org/ru/organizations/ojag?x=1&y=2",
  ...(lastmod ? { lastmod } : {}),
  alternates: [
    { hreflang: "ru", href: "https://atlas.example.org/ru/organizations/ojag" },
    { hreflang: "az", href: "https://atlas.example.org/az/organizations/ojag" },
    { hreflang: "x-default", href: "https://atlas.example.org/ru/organizations/ojag" },
  ],
});

describe("sitemapXml", () => {
  it("is valid against the sitemaps.org 0.9 schema, with and without a last change", async () => {
    expect(await sitemapSchemaErrors(sitemapXml([page("2026-12-06T10:00:00.000Z"), page()]))).toEqual([]);
  });

  it("would fail the schema with the alternates before <lastmod> (the order Next writes)", async () => {
    const swapped = sitemapXml([page("2026-12-06T10:00:00.000Z")]).replace(
      /(<lastmod>.*<\/lastmod>)\n((?:<xhtml:link[^\n]*\n)+)/,
      "$2$1\n",
    );
    expect(swapped).not.toBe(sitemapXml([page("2026-12-06T10:00:00.000Z")]));
    expect((await sitemapSchemaErrors(swapped)).join("\n")).toMatch(/lastmod/);
  });

  it("escapes URLs for XML", () => {
    expect(sitemapXml([page()])).toContain("<loc>https://atlas.example.org/ru/organizations/ojag?x=1&amp;y=2</loc>");
  });
});

describe("sitemapIndexXml", () => {
  const files = [
    { loc: "https://atlas.example.org/sitemaps/pages.xml" },
    { loc: "https://atlas.example.org/sitemaps/organizations-1.xml?a=1&b=2", lastmod: "2026-12-06T10:00:00.000Z" },
  ];

  it("is valid against the sitemaps.org 0.9 index schema, with and without a last change, and escapes URLs", async () => {
    const xml = sitemapIndexXml(files);
    expect(await sitemapIndexSchemaErrors(xml)).toEqual([]);
    expect(xml).toContain("<loc>https://atlas.example.org/sitemaps/organizations-1.xml?a=1&amp;b=2</loc>");
    expect(xml.match(/<sitemap>/g)).toHaveLength(2);
  });

  it("is not a urlset: a sitemap fails the index schema", async () => {
    expect((await sitemapIndexSchemaErrors(sitemapXml([page()]))).join("\n")).toMatch(/urlset/);
  });
});
