import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, systemChromium } from "./tests/e2e/support/browser";
import { ORIGIN_A, ORIGIN_B } from "./tests/scale/settings";
import {
  ACCOUNTS_PORT,
  APP_PORT as PORT,
  CALENDAR_PORT,
  databasePortOf,
  MAILBOX_PORT,
  PROPERTIES_APP_PORT,
  SMTP_PORT,
  WRITERS_APP_PORT,
} from "./tests/e2e/support/ports";

const urlOf = (port: number) => `http://127.0.0.1:${port}`;
const baseURL = urlOf(PORT);

/** The HTTP properties: every server action's refusals, with the whole database fingerprinted around them. */
const PROPERTY_SPECS = [/actions-http\.spec/];
/** Specs that change the main app's database: after the specs that read it, one at a time. */
const WRITING_SPECS = [/curation.*\.spec/, /import.*\.spec/];
/** Specs that change the database of an app of their own (WRITERS_APP_PORT): from the start, one at a time. */
const OWN_WRITING_SPECS = [
  /auth\.spec/,
  /duplicate-warning\.spec/,
  /suggestions\.spec/,
  /citations-feeds\.spec/,
  /xss\.spec/,
  /access\.spec/,
  /jobs\.spec/,
  /subscriptions\.spec/,
  /proposals\.spec/,
  /notifications\.spec/,
  /links\.spec/,
];
/** Specs that time the app under attack: last, alone, so no other spec's load is in their figures. */
const ALONE_SPECS = [/redos\.spec/];

/**
 * One app of the run: the production server as `npm start` runs it (after `npm run build`), on a fresh database of
 * its own: on PostgreSQL when DATABASE_URL is set, else an embedded one (tests/e2e/support/start-app.ts, database.ts).
 */
const app = (port: number, name: string) => ({
  command: "npx tsx tests/e2e/support/start-app.ts",
  url: `${urlOf(port)}/ru`,
  timeout: 120_000,
  reuseExistingServer: false,
  // SIGTERM lets start-app.ts stop the app and drop its database.
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 20_000 },
  env: {
    E2E_PORT: String(port),
    PORT: String(port),
    PGLITE_DATA_DIR: path.join(tmpdir(), `atlas-e2e-${process.pid}-${name}`),
    PGLITE_PORT: String(databasePortOf(port)),
    NEXT_TELEMETRY_DISABLED: "1",
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    MAIL_FROM: "Diaspora Atlas <atlas@e2e.test>",
    // The test runner on the loopback is the proxy in front of the app: its X-Forwarded-For gives each account its
    // own client address (tests/e2e/support/accounts.ts), as a real proxy would.
    TRUSTED_PROXIES: "127.0.0.1,::1",
    // The About page shows it (lib/env.ts).
    CONTACT_EMAIL: "curators@e2e.test",
    // The subscriptions spec's calendar server on the loopback (tests/e2e/subscriptions.spec.ts).
    TEST_FETCH_LOOPBACK_PORTS: String(CALENDAR_PORT),
    // The link monitor's rounds would check the seed's addresses, on the internet: the links spec checks its own
    // address on the loopback through a curator's "Check again" (tests/e2e/links.spec.ts), with a short pause.
    JOBS_LINKS_SCHEDULE: "off",
    LINKS_HOST_SPACING_SECONDS: "1",
  },
});

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // Two specs at a time (the projects below say which); E2E_WORKERS=1 runs one spec at a time (e.g. on a machine
  // too busy for two browsers).
  workers: Number(process.env.E2E_WORKERS ?? 2),
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
  // Three apps of the same build, each on a database of its own, so specs that write need not wait for one another:
  // - the main app: specs that count what the seed holds, two at a time, since none changes it; then the specs
  //   that add or change entries (curation, imports), one at a time, so none sees another's changes half done;
  // - the other writing specs' (WRITERS_APP_PORT: accounts, suggestions, feeds, XSS, jobs), one at a time;
  // - the HTTP properties' (PROPERTIES_APP_PORT), one at a time: they fingerprint their whole database;
  // and the two-instance test's two apps on a PostgreSQL database and Redis of their own (tests/scale).
  // Playwright runs projects in phases by their dependencies (a phase starts when the previous one has ended), sharing
  // the two workers within a phase. First the reading specs and the other writing specs (about 600 s of worker time
  // on this 2-core machine); then, on one worker each, the main app's writers (about 240 s) beside the HTTP
  // properties and the two instances (about as long together); then the ReDoS spec alone, when nothing else runs.
  projects: [
    {
      name: "chromium-writes-own",
      // Listed first: it takes one worker from the start, and the reading specs the other (both once it is done).
      // Listed after them, it waited for the last reading spec and ran alone.
      testMatch: OWN_WRITING_SPECS,
      workers: 1,
      use: { ...devices["Desktop Chrome"], baseURL: urlOf(WRITERS_APP_PORT) },
    },
    {
      name: "chromium",
      testIgnore: [...WRITING_SPECS, ...OWN_WRITING_SPECS, ...ALONE_SPECS, ...PROPERTY_SPECS],
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
    {
      name: "http-properties",
      testMatch: PROPERTY_SPECS,
      // Not needed for its database: it puts the properties in the second phase, beside the main app's writers.
      dependencies: ["chromium"],
      workers: 1,
      use: { baseURL: urlOf(PROPERTIES_APP_PORT) },
    },
    {
      // Two instances on one PostgreSQL and one Redis (tests/scale), as behind a load balancer.
      name: "two-instances",
      testDir: "tests/scale",
      dependencies: ["chromium"],
      workers: 1,
      use: { ...devices["Desktop Chrome"], baseURL: ORIGIN_A },
    },
    {
      name: "chromium-alone",
      testMatch: ALONE_SPECS,
      dependencies: ["http-properties", "chromium-writes-own", "chromium-writes", "two-instances"],
      workers: 1,
      use: { ...devices["Desktop Chrome"], baseURL: urlOf(WRITERS_APP_PORT) },
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
    app(PORT, "main"),
    app(PROPERTIES_APP_PORT, "properties"),
    app(WRITERS_APP_PORT, "writers"),
    {
      // The two instances of tests/scale on a PostgreSQL database of their own and Redis (tests/scale/settings.ts).
      command: "npx tsx tests/scale/start-two-instances.ts",
      url: `${ORIGIN_B}/en`,
      timeout: 240_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM" as const, timeout: 20_000 },
    },
    {
      // Makes the accounts specs sign in with (tests/e2e/support/account-factory.ts), in their app's database.
      command: "node --conditions=react-server --import tsx tests/e2e/support/account-factory.ts",
      url: `http://127.0.0.1:${ACCOUNTS_PORT}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
    },
  ],
});
