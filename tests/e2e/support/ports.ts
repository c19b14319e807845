// Ports of one end-to-end run, derived from E2E_PORT so parallel runs (other worktrees) never collide.
export const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The local SMTP catcher the app sends its mail to. */
export const SMTP_PORT = APP_PORT + 20000;
/** The catcher's HTTP side, where tests read the mail it caught. */
export const MAILBOX_PORT = APP_PORT + 21000;
/** The embedded database's socket, so a fixture can run `npm run user:create` against the running app. */
export const DATABASE_PORT = APP_PORT + 22000;
/** The account factory (./account-factory.ts), which makes the accounts a spec signs in with. */
export const ACCOUNTS_PORT = APP_PORT + 23000;
