import { expect, test } from "@playwright/test";

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
    name: "Azerbaijani Youth Association of Russia",
    sameAs: [expect.stringMatching(/amor\.az/)],
  });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "Azerbaijani Youth Association of Russia",
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
