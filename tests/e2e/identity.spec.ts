// The visual identity (docs/decisions/0031-visual-identity.md): the header's wordmark, the icons and the social card
// each language's pages point to, drawn offline.
import { expect, test } from "./support/shared-page";

/** Width and height from a PNG's header chunk. */
function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

for (const locale of ["ru", "en", "hy"]) {
  test(`${locale}: the social card is a 1200×630 PNG`, async ({ page, request }) => {
    await page.goto(`/${locale}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(new RegExp(`/${locale}/opengraph-image$`));
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");

    const response = await request.get(new URL(image!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const body = await response.body();
    expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
    // A card with its lettering, not a blank or a box of missing glyphs (a blank paper card is a few kB).
    expect(body.length).toBeGreaterThan(20_000);
  });
}

test("an organization's page shares the card too", async ({ page }) => {
  await page.goto("/en/organizations/amor");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/en\/opengraph-image$/);
});

test("the favicon and the home-screen icon", async ({ page, request }) => {
  await page.goto("/ru");
  const icon = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  const svg = await request.get(icon!);
  expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  // The favicon draws the header's mark (app/icon.svg repeats components/brand/logo-mark.tsx by hand).
  const geometry = (markup: string) =>
    [...markup.replace(/<rect[^>]*>/, "").matchAll(/ (cx|cy|r|rx|ry|d)="([^"]+)"/g)].map((m) => m.slice(1).join("="));
  const mark = geometry(
    await page
      .getByRole("banner")
      .getByRole("link")
      .first()
      .locator("svg")
      .evaluate((e) => e.outerHTML),
  );
  expect(mark.length).toBeGreaterThan(10);
  expect(geometry(await svg.text())).toEqual(mark);

  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  const png = await request.get(apple!);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await png.body())).toEqual({ width: 180, height: 180 });
});

test("the wordmark: the mark and the name, headings in the serif except in Armenian and Georgian", async ({ page }) => {
  for (const [locale, name, face] of [
    ["ru", "Атлас диаспор", "Noto Serif"],
    ["en", "Diaspora Atlas", "Noto Serif"],
    ["hy", "Սփյուռքների ատլաս", "Noto Sans"],
    ["ka", "დიასპორების ატლასი", "Noto Sans"],
  ] as const) {
    await page.goto(`/${locale}`);
    const home = page.getByRole("banner").getByRole("link", { name, exact: true });
    await expect(home.locator("svg")).toBeVisible();
    await expect(home).toHaveCSS("font-family", new RegExp(`^"${face}"`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveCSS("font-family", new RegExp(`^"${face}"`));
  }
});
