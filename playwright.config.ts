import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, systemChromium } from "./tests/e2e/support/browser";
import {
  ACCOUNTS_PORT,
  APP_PORT as PORT,
  databasePortOf,
  MAILBOX_PORT,
  PROPERTIES_APP_PORT,
  SMTP_PORT,
} from "./tests/e2e/support/ports";

const baseURL = `http://127.0.0.1:${PORT}`;
const propertiesURL = `http://127.0.0.1:${PROPERTIES_APP_PORT}`;

/** The HTTP properties: every server action's refusals, with the whole database fingerprinted around them. */
const PROPERTY_SPECS = [/actions-http\.spec/];
/** Specs that change the shared database. */
const WRITING_SPECS = [
  /auth\.spec/,
  /curation.*\.spec/,
  /duplicate-warning\.spec/,
  /import.*\.spec/,
  /suggestions\.spec/,
  /citations-feeds\.spec/,
  /xss\.spec/,
  /access\.spec/,
  /redos\.spec/,
];

/** What both apps of the run are started with, besides their ports and databases. */
const APP_ENV = {
  NEXT_TELEMETRY_DISABLED: "1",
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  MAIL_FROM: "Diaspora Atlas <atlas@e2e.test>",
  // The test runner on the loopback is the proxy in front of the app: its X-Forwarded-For gives each account its
  // own client address (tests/e2e/support/accounts.ts), as a real proxy would.
  TRUSTED_PROXIES: "127.0.0.1,::1",
  // The About page shows it (lib/env.ts).
  CONTACT_EMAIL: "curators@e2e.test",
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // Specs that only read run two at a time (each spec's tests in order); the writing ones then one at a time; the
  // HTTP properties (no browser) beside them all. E2E_WORKERS=1 runs everything one spec at a time (e.g. on a
  // machine too busy for two browsers).
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: chromiumArgs,
    },
  },
  // One database serves every spec. Specs that count what the seed holds run first, in parallel since none
  // changes it; specs that add or change entries (curation, imports, suggestions, accounts) run after them, one
  // at a time, so none sees another's changes half done.
  // The HTTP properties run on an app and a database of their own (PROPERTIES_APP_PORT), from the start and beside
  // the others, so their thousands of requests need not wait for the browser specs, nor these for them.
  projects: [
    { name: "http-properties", testMatch: PROPERTY_SPECS, workers: 1, use: { baseURL: propertiesURL } },
    {
      name: "chromium",
      testIgnore: [...WRITING_SPECS, ...PROPERTY_SPECS],
      workers: 2,
      use: { ...devices["Desktop Chrome"] },
    },
    {
      name: "chromium-writes",
      testMatch: WRITING_SPECS,
      dependencies: ["chromium"],
      workers: 1,
      use: { ...devices["Desktop Chrome"] },
    },
  ],
  webServer: [
    {
      // Mail from the app is caught here (tests/e2e/support/smtp-catcher.ts); tests read it over HTTP.
      command: "npx tsx tests/e2e/support/smtp-catcher.ts",
      url: `http://127.0.0.1:${MAILBOX_PORT}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(PORT) },
    },
    {
      // The production server as `npm start` runs it (after `npm run build`), on a fresh database: the run's own on
      // PostgreSQL when DATABASE_URL is set, else an embedded one (tests/e2e/support/start-app.ts, database.ts).
      command: "npx tsx tests/e2e/support/start-app.ts",
      url: `${baseURL}/ru`,
      timeout: 120_000,
      reuseExistingServer: false,
      // SIGTERM lets start-app.ts stop the app and drop the run's database.
      gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
      env: {
        ...APP_ENV,
        PORT: String(PORT),
        PGLITE_DATA_DIR: path.join(tmpdir(), `atlas-e2e-${process.pid}`),
        PGLITE_PORT: String(databasePortOf(PORT)),
      },
    },
    {
      // The HTTP properties' app (PROPERTY_SPECS): the same build, a database of its own.
      command: "npx tsx tests/e2e/support/start-app.ts",
      url: `${propertiesURL}/ru`,
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
      env: {
        ...APP_ENV,
        E2E_PORT: String(PROPERTIES_APP_PORT),
        PORT: String(PROPERTIES_APP_PORT),
        PGLITE_DATA_DIR: path.join(tmpdir(), `atlas-e2e-${process.pid}-properties`),
        PGLITE_PORT: String(databasePortOf(PROPERTIES_APP_PORT)),
      },
    },
    {
      // Makes the accounts specs sign in with (tests/e2e/support/account-factory.ts), on the app's database.
      command: "node --conditions=react-server --import tsx tests/e2e/support/account-factory.ts",
      url: `http://127.0.0.1:${ACCOUNTS_PORT}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
    },
  ],
});
