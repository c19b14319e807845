// Ports of one end-to-end run, derived from E2E_PORT so parallel runs (other worktrees) never collide.
export const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
/**
 * A second app of the same build with a database of its own, where the HTTP properties run
 * (tests/e2e/actions-http.spec.ts) beside the other specs: they fingerprint the whole database, so nothing else
 * may write to theirs meanwhile. (+1 and +2 are the two-instance test's: tests/scale/settings.ts.)
 */
export const PROPERTIES_APP_PORT = APP_PORT + 50;
/** A third app with a database of its own, for the writing specs that need not share the main app's database. */
export const WRITERS_APP_PORT = APP_PORT + 60;
/** The local SMTP catcher the app sends its mail to. */
export const SMTP_PORT = APP_PORT + 20000;
/** The catcher's HTTP side, where tests read the mail it caught. */
export const MAILBOX_PORT = APP_PORT + 21000;
/** An app's embedded database's socket, so a fixture can run `npm run user:create` against the running app. */
export const databasePortOf = (appPort: number) => appPort + 22000;
export const DATABASE_PORT = databasePortOf(APP_PORT);
/** The account factory (./account-factory.ts), which makes the accounts a spec signs in with. */
export const ACCOUNTS_PORT = APP_PORT + 23000;
/**
 * The calendar server of the subscriptions spec, on 127.0.0.1: the apps may fetch from it (TEST_FETCH_LOOPBACK_PORTS,
 * a test-only setting lib/env.ts refuses for a site on a public address).
 */
export const CALENDAR_PORT = APP_PORT + 24000;
