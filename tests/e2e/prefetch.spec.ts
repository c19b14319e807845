// Links prefetch on intent (lib/i18n/link.tsx): a page view fetches no other page's payload until the reader points
// at, focuses or touches a link; then that link's page is fetched ahead of the click, and only that one.
import { expect, test } from "@playwright/test";

test("a list page prefetches nothing on load and the hovered link's page on hover", async ({ page }) => {
  const prefetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc")) prefetched.push(url.pathname);
  });
  await page.goto("/ru/organizations");
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);

  const link = page.getByRole("main").getByRole("link", { name: "Азербайджанское молодёжное объединение России" });
  const href = await link.getAttribute("href");
  const prefetch = page.waitForRequest((r) => new URL(r.url()).pathname === href && r.url().includes("_rsc="));
  await link.hover();
  await prefetch;
  expect(new Set(prefetched)).toEqual(new Set([href]));
});

test("keyboard focus on a header link prefetches its page", async ({ page }) => {
  await page.goto("/en");
  await page.waitForLoadState("networkidle");
  const link = page.getByRole("banner").getByRole("link", { name: "Events" }).first();
  const prefetch = page.waitForRequest((r) => new URL(r.url()).pathname === "/en/events" && r.url().includes("_rsc="));
  await link.focus();
  await prefetch;
});
