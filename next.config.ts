import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (helpers, benchmarks) use their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite and the pg driver stay plain Node modules on the server.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  // Admin imports upload a file of up to 2 MB (lib/import/import-schema.ts) through a server action, and the
  // confirmation sends the checked content back; 1 MB is Next's default.
  experimental: { serverActions: { bodySizeLimit: "5mb" } },
};

export default withNextIntl(config);
