import { expect, test } from "@playwright/test";

test("an organization page has a canonical URL, hreflang alternates and schema.org JSON-LD", async ({ page }) => {
  await page.goto("/en/organizations/amor");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/organizations\/amor$/);
  for (const hreflang of ["ru", "en", "az", "x-default"]) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute("href", /\/organizations\/amor$/);
  }
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Organization", name: "Azerbaijani Youth Association of Russia", sameAs: [expect.stringMatching(/amor\.az/)] });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Azerbaijani Youth Association of Russia");
});

test("sitemap.xml lists every organization in every language, and robots.txt points to it", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const locale of ["ru", "en", "az"]) expect(sitemap).toContain(`/${locale}/organizations/ojag</loc>`);
  expect(sitemap).toContain('hreflang="az"');
});
