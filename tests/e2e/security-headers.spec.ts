// Security headers on every kind of response, and a per-request nonce CSP that every page template runs under
// without a single violation (the pages hydrate: Next's own scripts carry the nonce). Served over http here, so
// the rule "HSTS and __Secure- cookies only for an https SITE_URL" is asserted in its http half; the https half
// is in tests/integration/security-headers.test.ts.
import { expect, test, type APIResponse, type Page } from "@playwright/test";

const PAGES = [
  "/en",
  "/ru/organizations",
  "/ru/organizations/ojag",
  "/en/events?when=all",
  "/az/events/victory-day",
  "/en/diasporas",
  "/en/diasporas/armenian",
  "/en/countries",
  "/en/countries/FR",
  "/en/search?q=armenian",
  "/en/stats",
  "/en/map",
  "/en/sign-in",
  "/en/forgot-password",
  "/en/no-such-page",
];

function expectCommonHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["permissions-policy"], what).toContain("geolocation=()");
  expect(h["x-frame-options"], what).toBe("DENY");
  // http site (no https SITE_URL): browsers ignore HSTS over http, so it is not sent.
  expect(h["strict-transport-security"], what).toBeUndefined();
}

/** One policy (never two, which browsers would intersect), parsed into directives. */
function policyOf(response: APIResponse, what: string): Map<string, string[]> {
  const header = response.headers()["content-security-policy"];
  expect(header, `${what} has a CSP`).toBeTruthy();
  expect(header, `${what} has one CSP`).not.toContain(",");
  return new Map(
    header!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectPagePolicy(response: APIResponse, what: string): string {
  const policy = policyOf(response, what);
  const script = policy.get("script-src")!;
  expect(script, what).toContain("'strict-dynamic'");
  expect(script, what).not.toContain("'unsafe-eval'");
  expect(script, what).not.toContain("'unsafe-inline'");
  expect(policy.get("object-src"), what).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(policy.get("base-uri"), what).toEqual(["'none'"]);
  expect(policy.get("form-action"), what).toEqual(["'self'"]);
  const nonce = script.find((s) => s.startsWith("'nonce-"));
  expect(nonce, what).toMatch(/^'nonce-[A-Za-z0-9+/=]{22,}'$/);
  return nonce!;
}

async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on(
    "console",
    (m) => m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text()) && seen.push(m.text()),
  );
  await page.exposeBinding("__cspViolation", (_source, text: string) => void seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return seen;
}

test("every page template: a fresh nonce policy, the common headers, no CSP violation, and the page hydrates", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const violations = await watchViolations(page);
  for (const path of PAGES) {
    const first = await request.get(path);
    const second = await request.get(path);
    expectCommonHeaders(first, path);
    expect(expectPagePolicy(first, path), `${path}: a new nonce per request`).not.toBe(expectPagePolicy(second, path));

    // Every script tag the server wrote carries this response's nonce; JSON-LD data blocks do not run and need none.
    const nonce = expectPagePolicy(first, path).slice(7, -1);
    const tags = [...(await first.text()).matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !tag.includes('type="application/ld+json"'));
    expect(tags.length, path).toBeGreaterThan(0);
    expect(
      tags.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
      `${path}: scripts without the nonce`,
    ).toEqual([]);

    const response = (await page.goto(path))!;
    expect([200, 404], path).toContain(response.status());
    // Next's runtime ran: blocked scripts would leave the page unhydrated.
    await page.waitForFunction(
      () => Boolean((window as unknown as { next?: { version?: string } }).next?.version),
      undefined,
      { timeout: 15_000 },
    );
  }
  expect(violations).toEqual([]);
});

test("responses the proxy does not see: a policy that lets nothing run, and the common headers", async ({
  page,
  request,
}) => {
  await page.goto("/en");
  const chunk = await page.evaluate(
    () => (document.querySelector("script[src*='/_next/static/']") as HTMLScriptElement).src,
  );
  const targets = [
    "/api/v1/organizations",
    "/api/v1/openapi.json",
    "/api/v1/no-such-thing",
    "/ru/events/feed.atom",
    "/ru/events/feed.ics",
    "/ru/organizations/feed.atom",
    "/en/stats/organizations-by-type.csv",
    "/sitemap.xml",
    "/sitemaps/organizations-1.xml",
    "/robots.txt",
    "/no-such-file.php",
    new URL(chunk).pathname,
  ];
  for (const path of targets) {
    const response = await request.get(path);
    expectCommonHeaders(response, path);
    const policy = policyOf(response, path);
    expect(policy.get("default-src"), path).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(policy.get("object-src"), path).toEqual(["'none'"]);
  }
});

test("downloads through the proxy (exports without an extension) and redirects carry the headers too", async ({
  request,
}) => {
  for (const path of [
    "/ru/organizations/export?format=csv",
    "/ru/events/export?format=json",
    "/az/events/victory-day/ics",
    "/",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectCommonHeaders(response, path);
    expectPagePolicy(response, path);
  }
});
