// On the production server (issue #12, items 9 and 10): every response, files with an extension included, carries a
// request id; the Link header names SITE_URL whatever Host the client sends; a page address with 14 KB of search
// text is bounded before the page is rendered, so the page does not echo it.
import { expect, test } from "@playwright/test";

test("files with an extension get a request id like pages and the API", async ({ request }) => {
  for (const path of [
    "/sitemap.xml",
    "/robots.txt",
    "/icon.svg",
    "/ru/events/feed.ics",
    "/ru/events/feed.atom",
    "/en/organizations/feed.atom",
    "/en/stats/organizations-by-type.csv",
    "/no-such-file.php",
    "/en/organizations",
    "/api/health",
  ]) {
    const response = await request.get(path, { headers: { "x-request-id": "e2e-trace-0001" } });
    expect(response.headers()["x-request-id"], path).toBe("e2e-trace-0001");
    const fresh = await request.get(path);
    expect(fresh.headers()["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
  }
});

test("the Link header names the site's own origin, not the Host the client sent", async ({ request, baseURL }) => {
  const response = await request.get("/en/organizations", {
    headers: { host: "evil.example", "x-forwarded-host": "evil.example" },
  });
  const link = response.headers()["link"] ?? "";
  expect(link).toContain('hreflang="x-default"');
  expect(link).not.toContain("evil.example");
  // Next adds its own preload entries (relative); the language versions are the rel="alternate" ones.
  const alternates = [...link.matchAll(/<([^>]+)>; rel="alternate"; hreflang="([^"]+)"/g)];
  expect(alternates).toHaveLength(17);
  for (const [, url] of alternates)
    expect(new URL(url!).origin).toBe(new URL(baseURL!).origin.replace("127.0.0.1", "localhost"));
});

test("14 KB of search text is cut before the page echoes it", async ({ request }) => {
  const huge = "x".repeat(14_000);
  const first = await request.get(`/en/search?q=${huge}`, { maxRedirects: 0 });
  expect(first.status()).toBe(303);
  const page = await request.get(`/en/search?q=${huge}`);
  expect(page.status()).toBe(200);
  const html = await page.text();
  // The echoes are of the 200-character prefix at most.
  expect(html).not.toContain("x".repeat(201));
  console.log(`search page with 14 000 characters of q: ${html.length} bytes`);
});
