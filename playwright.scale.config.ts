// The two-instance test (tests/scale): two production servers on one PostgreSQL database and one Redis, started
// by tests/scale/start-two-instances.ts after `next build`. Run by `npm test` after the main end-to-end run.
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, systemChromium } from "./tests/e2e/support/browser";
import { ORIGIN_A, ORIGIN_B } from "./tests/scale/settings";

export default defineConfig({
  testDir: "tests/scale",
  outputDir: "test-results/scale",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-scale.json" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: ORIGIN_A,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: "npx tsx tests/scale/start-two-instances.ts",
    url: `${ORIGIN_B}/en`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
