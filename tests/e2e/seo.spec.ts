import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/shared-page";
import { schemaOrgProblems, SCHEMA_ORG_VERSION } from "../support/schema-org";
import { sitemapIndexSchemaErrors, sitemapSchemaErrors } from "../support/xml-schema";

/** The sitemap index (/sitemap.xml) and every file it lists, as served. */
async function readSitemap(request: APIRequestContext): Promise<{ index: string; files: Map<string, string> }> {
  const index = await (await request.get("/sitemap.xml")).text();
  const files = new Map<string, string>();
  for (const [, loc] of index.matchAll(/<loc>([^<]*)<\/loc>/g)) {
    const response = await request.get(new URL(loc!).pathname);
    expect(response.status(), loc).toBe(200);
    files.set(new URL(loc!).pathname, await response.text());
  }
  return { index, files };
}

/** Every <url> entry of the whole sitemap, as one text. */
const wholeSitemap = async (request: APIRequestContext) => [...(await readSitemap(request)).files.values()].join("\n");

test("an organization page has a canonical URL, hreflang alternates and schema.org JSON-LD", async ({ page }) => {
  await page.goto("/en/organizations/amor");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/organizations\/amor$/);
  for (const hreflang of ["ru", "en", "az", "x-default"]) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute(
      "href",
      /\/organizations\/amor$/,
    );
  }
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({
    "@type": "Organization",
    name: "Azerbaijani Youth Organization of Russia",
    sameAs: [expect.stringMatching(/amor\.az/)],
  });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "Azerbaijani Youth Organization of Russia",
  );
});

test("sitemap.xml indexes files that list every organization in every language; robots.txt points to it", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const { index, files } = await readSitemap(request);
  // An index of files (sitemaps.org 0.9, the schemas shipped in tests/fixtures/xml), each file valid, every entry
  // with a date included; a name past the last file is a 404.
  expect(await sitemapIndexSchemaErrors(index)).toEqual([]);
  expect([...files.keys()]).toEqual(["/sitemaps/pages.xml", "/sitemaps/organizations-1.xml", "/sitemaps/events-1.xml"]);
  expect(index).toContain("<lastmod>");
  for (const [path, xml] of files) expect(await sitemapSchemaErrors(xml), path).toEqual([]);
  expect((await request.get("/sitemaps/organizations-2.xml")).status()).toBe(404);
  expect((await request.get("/sitemaps/people-1.xml")).status()).toBe(404);
  const sitemap = [...files.values()].join("\n");
  for (const locale of ["ru", "en", "az", "ka"]) expect(sitemap).toContain(`/${locale}/organizations/ojag</loc>`);
  for (const path of [
    "/events/immortal-regiment-march-shanghai-2021",
    "/diasporas/armenian",
    "/countries/RU",
    "/events",
  ]) {
    expect(sitemap).toContain(`/en${path}</loc>`);
  }
  expect(sitemap).toContain('hreflang="az"');
  expect(sitemap).toContain("<lastmod>");
  // Each entry names its x-default, the Russian version, as the page's head and Link header do.
  const entries = sitemap.split("<url>").slice(1);
  expect(entries.length).toBeGreaterThan(100);
  for (const entry of entries) {
    const loc = new URL(entry.match(/<loc>([^<]*)<\/loc>/)![1]!);
    const russian = `${loc.origin}/ru${loc.pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "")}`;
    expect(entry).toContain(`hreflang="x-default" href="${russian}"`);
  }
});

test("an event page describes itself as a schema.org Event with its place", async ({ page }) => {
  await page.goto("/en/events/immortal-regiment-march-shanghai-2021");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({
    "@type": "Event",
    startDate: "2021-05-09",
    location: { "@type": "Place", address: { addressCountry: "CN", addressLocality: "Shanghai" } },
  });
});

test("a host-country page describes itself as a schema.org Place", async ({ page }) => {
  await page.goto("/en/countries/RU");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Country", name: "Russia", identifier: "RU" });
});

test("every page's JSON-LD is valid against the schema.org vocabulary", async ({ request }) => {
  test.slow();
  // Every English profile the sitemap lists: organizations, events and countries.
  const sitemap = await wholeSitemap(request);
  const pages = [
    ...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/en\/(?:organizations|events|countries)\/[^<]+)<\/loc>/g),
  ].map((m) => m[1]!);
  expect(pages.length).toBeGreaterThan(50);
  const found: Record<string, number> = {};
  for (const page of pages) {
    const html = await (await request.get(page)).text();
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)) {
      const data = JSON.parse(json!);
      found[data["@type"]] = (found[data["@type"]] ?? 0) + 1;
      expect(schemaOrgProblems(data), `${page} (schema.org ${SCHEMA_ORG_VERSION})`).toEqual([]);
    }
  }
  expect(Object.keys(found).sort()).toEqual(["Country", "Event", "Organization"]);
});

test("the Link header, the page's head and the sitemap give one set of language alternates", async ({
  page,
  request,
}) => {
  const path = "/en/organizations/amor";
  const response = await page.goto(path);
  const fromHeader = [
    ...(response!.headers()["link"] ?? "").matchAll(/<([^>]+)>; rel="alternate"; hreflang="([^"]+)"/g),
  ]
    .map(([, href, hreflang]) => `${hreflang} ${href}`)
    .sort();
  const fromHead = (
    await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`))
  ).sort();
  const sitemap = await wholeSitemap(request);
  const entry = sitemap.split("<url>").find((u) => u.includes(`${path}</loc>`))!;
  const fromSitemap = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)]
    .map(([, hreflang, href]) => `${hreflang} ${href}`)
    .sort();
  expect(fromHeader.length).toBe(17); // 16 languages and x-default
  expect(fromHead).toEqual(fromHeader);
  expect(fromSitemap).toEqual(fromHeader);
});
