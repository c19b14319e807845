import { describe, expect, it } from "vitest";
import { commonHeaders, createNonce, DOCUMENT_POLICY, isHttpsSite, pagePolicy } from "./policy";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("security policy", () => {
  it("pages: the nonce, strict-dynamic, no eval outside development, nothing framed, no plugins", () => {
    const p = directives(pagePolicy({ nonce: "abc123==" }));
    expect(p.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.get("frame-ancestors")).toEqual(["'none'"]);
    expect(p.get("base-uri")).toEqual(["'none'"]);
    expect(p.has("upgrade-insecure-requests")).toBe(false);
    expect(pagePolicy({ nonce: "n", development: true })).toContain("'unsafe-eval'");
    expect(pagePolicy({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
  });

  it("documents (API, feeds, exports): nothing may run or frame them", () => {
    const p = directives(DOCUMENT_POLICY);
    expect(p.get("default-src")).toEqual(["'none'"]);
    expect(p.get("frame-ancestors")).toEqual(["'none'"]);
    expect(DOCUMENT_POLICY).not.toContain("script-src");
  });

  it("HSTS for a year or more with subdomains, only for an https site", () => {
    expect(isHttpsSite("https://atlas.example.org")).toBe(true);
    expect(isHttpsSite("http://localhost:3000")).toBe(false);
    expect(isHttpsSite(undefined)).toBe(false);
    const hsts = new Map(commonHeaders({ https: true })).get("Strict-Transport-Security")!;
    expect(Number(/max-age=(\d+)/.exec(hsts)![1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain("includeSubDomains");
    expect(new Map(commonHeaders({ https: false })).has("Strict-Transport-Security")).toBe(false);
  });

  it("nonces: 128 random bits, never repeated", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});
