// The `Link` header's language versions (issue #12, item 10) come from SITE_URL, never from the Host a client sent,
// and list the same alternates as the page's head (x-default included).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { routing } from "../../lib/i18n/routing";
import { pageMetadata } from "../../lib/seo/metadata";
import { siteUrl } from "../../lib/seo/site-url";
import proxy from "../../proxy";

const request = (path: string, host = "evil.example") =>
  new NextRequest(`http://${host}${path}`, { headers: { host, "x-forwarded-host": host, accept: "text/html" } });

/** Link header entries as { hreflang: url }. */
function parse(header: string | null): Record<string, string> {
  return Object.fromEntries(
    (header ?? "")
      .split(/,\s*(?=<)/)
      .filter(Boolean)
      .map((part) => {
        const [, url, hreflang] = /^<([^>]*)>; rel="alternate"; hreflang="([^"]+)"$/.exec(part.trim()) ?? [];
        return [hreflang, url];
      }),
  );
}

describe("the Link header", () => {
  it("names SITE_URL's origin whatever Host the request carries", async () => {
    for (const host of ["evil.example", "localhost:3000", "127.0.0.1"]) {
      const response = await proxy(request("/en/organizations", host));
      const header = response.headers.get("link");
      expect(header, host).toBeTruthy();
      for (const url of Object.values(parse(header))) expect(new URL(url).origin, host).toBe(new URL(siteUrl()).origin);
      if (host === "evil.example") expect(header).not.toContain("evil.example");
    }
  });

  it("lists the same language versions as the page's head, x-default included", async () => {
    for (const [locale, pathname] of [
      ["en", "/organizations"],
      ["ru", ""],
      ["hy", "/events"],
    ] as const) {
      const response = await proxy(request(`/${locale}${pathname}`));
      const head = pageMetadata({ locale, pathname: pathname || "/" }).alternates!.languages as Record<string, string>;
      const expected = Object.fromEntries(
        Object.entries(head).map(([lang, href]) => [lang, new URL(href, siteUrl()).href]),
      );
      expect(parse(response.headers.get("link"))).toEqual(expected);
      expect(Object.keys(expected)).toHaveLength(routing.locales.length + 1);
    }
  });

  it("is not sent with a redirect", async () => {
    const response = await proxy(request("/organizations"));
    expect(response.headers.get("location")).toBeTruthy();
    expect(response.headers.get("link")).toBeNull();
  });
});

// Issue #12, item 10: the search text was echoed ~18 times per page (14 KB in, 341 KB out). A page read with
// over-long values is sent to its bounded address first, so whatever the page echoes is bounded.
describe("over-long page queries", () => {
  it("are redirected to the bounded address before rendering, on SITE_URL's origin", async () => {
    const huge = "x".repeat(14_000);
    for (const path of [
      `/en/search?q=${huge}`,
      `/ru/organizations?q=${huge}&country=RU`,
      `/en/events?city=${huge}&when=past`,
    ]) {
      const response = await proxy(request(path));
      expect(response.status, path.slice(0, 20)).toBe(303);
      const location = new URL(response.headers.get("location")!);
      expect(location.origin).toBe(new URL(siteUrl()).origin);
      expect(location.href.length).toBeLessThan(300);
    }
    expect((await proxy(request(`/en/search?q=${huge}`))).headers.get("location")).toBe(
      new URL(`/en/search?q=${"x".repeat(200)}&cut=1`, siteUrl()).href,
    );
    expect((await proxy(request(`/en/organizations?q=${huge}`))).headers.get("location")).toBe(
      new URL(`/en/organizations?q=${"x".repeat(200)}`, siteUrl()).href,
    );
  });

  it("pass through when every value is of a sane length", async () => {
    const response = await proxy(request(`/en/search?q=${"я".repeat(200)}`));
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-next") ?? response.headers.get("x-middleware-rewrite")).toBeTruthy();
  });
});
