import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { IMPORT_BODY_LIMIT } from "./lib/security/body-limit";
import { commonHeaders, DOCUMENT_POLICY, isHttpsSite } from "./lib/security/policy";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (helpers, benchmarks) use their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite and the pg driver stay plain Node modules on the server.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  // Admin imports upload a file of up to 2 MB (lib/import/import-schema.ts) through a server action, and the
  // confirmation sends the checked content back; 1 MB is Next's default. This is the ceiling for every action:
  // proxy.ts refuses more than 256 KB to all others, and any request over its limit, with a 413 (lib/security/body-limit.ts).
  // "use cache" on the public read functions in lib/ without Cache Components (docs/decisions/0016): the pages
  // stay dynamically rendered (the header reads the session) and reuse cached data.
  // authInterrupts: forbidden() answers 403 with a segment's forbidden.tsx (a curator refused another diaspora's entry).
  experimental: { serverActions: { bodySizeLimit: IMPORT_BODY_LIMIT }, useCache: true, authInterrupts: true },
  // Redis when REDIS_URL is set (shared by all instances), otherwise in memory; see lib/cache/cache-handler.mjs.
  cacheHandlers: { default: path.resolve("lib/cache/cache-handler.mjs") },
  // Security headers on every response. Pages get their nonce policy from proxy.ts; the strict policy below is
  // for everything else (the API, which the proxy only gives a request id, Next internals, paths with a file
  // extension), so a page never carries two policies.
  async headers() {
    const https = isHttpsSite(process.env.SITE_URL || undefined);
    const toHeaders = (pairs: [string, string][]) => pairs.map(([key, value]) => ({ key, value }));
    return [
      { source: "/:path*", headers: toHeaders(commonHeaders({ https })) },
      { source: "/api/:path*", headers: toHeaders([["Content-Security-Policy", DOCUMENT_POLICY]]) },
      { source: "/_next/:path*", headers: toHeaders([["Content-Security-Policy", DOCUMENT_POLICY]]) },
      { source: "/:file(.*\\..*)", headers: toHeaders([["Content-Security-Policy", DOCUMENT_POLICY]]) },
    ];
  },
};

export default withNextIntl(config);
