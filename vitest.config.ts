import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server-only modules are exercised directly by integration tests, outside React's server runtime.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    // Vitest's default leaves a core free (one worker on a 2-core machine); integration tests wait on the
    // database much of the time, so two workers pay off even there. Projects that run one file at a time
    // (fileParallelism: false) still do.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // next-intl's navigation imports "next/navigation" without an extension, which Node's ESM loader cannot
          // resolve; bundled through Vite it resolves like in the app (lib/i18n/navigation.ts: getPathname).
          server: { deps: { inline: ["next-intl"] } },
          setupFiles: ["tests/integration/setup-env.ts", "tests/integration/setup-next-cache.ts"],
          // Files run in parallel, each worker on a database of its own: a copy of the test database on PostgreSQL
          // (tests/support/worker-database.ts), an embedded instance of its own otherwise (global-setup.ts). Each
          // test starts from empty tables or from the seed (tests/support/seeded-database.ts).
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Benchmarks at scale (scripts/bench): run on demand with `npm run bench:*`, never by `npm test`.
        extends: true,
        test: {
          name: "bench",
          include: ["scripts/bench/**/*.bench.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          fileParallelism: false,
          testTimeout: 1_800_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
