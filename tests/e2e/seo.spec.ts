import { expect, test } from "./support/shared-page";
import { schemaOrgProblems, SCHEMA_ORG_VERSION } from "../support/schema-org";
import { sitemapSchemaErrors } from "../support/xml-schema";

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

test("sitemap.xml lists every organization in every language, and robots.txt points to it", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
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
  // Valid against the sitemaps.org 0.9 schema (shipped in tests/fixtures/xml), every entry with a date included.
  expect(sitemap).toContain("<lastmod>");
  expect(await sitemapSchemaErrors(sitemap)).toEqual([]);
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
  const sitemap = await (await request.get("/sitemap.xml")).text();
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
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const entry = sitemap.split("<url>").find((u) => u.includes(`${path}</loc>`))!;
  const fromSitemap = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)]
    .map(([, hreflang, href]) => `${hreflang} ${href}`)
    .sort();
  expect(fromHeader.length).toBe(17); // 16 languages and x-default
  expect(fromHead).toEqual(fromHeader);
  expect(fromSitemap).toEqual(fromHeader);
});
