// Every request gets a request id and a log line (issue #12, item 9), files with an extension included: the proxy's
// matcher must select them, and the proxy must pass them to their route handlers untouched by locale routing.
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { config } from "../../proxy";
import { observe } from "../../lib/observability/proxy";

const FILES = [
  "/sitemap.xml",
  "/sitemaps/organizations-1.xml",
  "/robots.txt",
  "/icon.svg",
  "/ru/events/feed.ics",
  "/en/events/feed.atom?diaspora=armenian",
  "/en/organizations/feed.atom",
  "/en/cite/organizations/armenian-union.bib",
  "/en/stats/by-country.csv",
];
const OTHERS = [
  "/",
  "/ru",
  "/en/organizations",
  "/en/events/some-event/ics",
  "/api/health",
  "/api/v1/openapi.json",
  "/api/auth/get-session",
];

afterEach(() => vi.restoreAllMocks());

describe("the proxy's matcher", () => {
  it("selects every page, API route and file the app serves", () => {
    for (const url of [...FILES, ...OTHERS]) expect(unstable_doesMiddlewareMatch({ config, url }), url).toBe(true);
  });

  it("leaves out only Next's immutable build assets", () => {
    expect(unstable_doesMiddlewareMatch({ config, url: "/_next/static/chunks/main-abc123.js" })).toBe(false);
    expect(unstable_doesMiddlewareMatch({ config, url: "/_next/static/css/app.css" })).toBe(false);
  });
});

describe("a file request in the proxy", () => {
  it("gets a request id, forwarded to its handler and echoed, and one log line, without locale routing", async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    const routeLocale = vi.fn(
      () => new Response(null, { status: 307, headers: { location: "http://localhost/ru/sitemap.xml" } }),
    );
    const proxy = observe(routeLocale);
    for (const path of FILES) {
      written.length = 0;
      const response = await proxy(
        new NextRequest(`http://localhost${path}`, { headers: { "x-request-id": "trace-00001234" } }),
      );
      expect(response.headers.get("x-request-id"), path).toBe("trace-00001234");
      expect(response.headers.get("x-middleware-next"), path).toBe("1");
      expect(response.headers.get("x-middleware-request-x-request-id"), path).toBe("trace-00001234");
      const lines = written.map((line) => JSON.parse(line));
      expect(lines, path).toEqual([
        expect.objectContaining({
          msg: "request",
          requestId: "trace-00001234",
          method: "GET",
          path: new URL(`http://localhost${path}`).pathname,
        }),
      ]);
    }
    expect(routeLocale).not.toHaveBeenCalled();
  });
});
