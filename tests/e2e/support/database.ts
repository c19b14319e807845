// The database an app of one end-to-end run serves. With DATABASE_URL set (PostgreSQL, as .ci/run sets it), a
// database of the app's own on that server, "<name>_e2e_<app port>", made empty by ./start-app.ts and migrated and
// seeded by scripts/start.ts as `npm start` would: PostgreSQL serves the parallel specs' requests at once, where the
// embedded database (one connection, single-threaded) queued them. Without DATABASE_URL, the embedded database
// the app starts, reached through its socket (./ports.ts: databasePortOf). A run has three apps (./ports.ts,
// playwright.config.ts): the main one (APP_PORT), the HTTP properties' and the other writers'.
import { APP_PORT, databasePortOf } from "./ports";

const server = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : null;

/** The database of the app on `appPort` on DATABASE_URL's server, or null on the embedded database. */
export const databaseNameOf = (appPort: number) =>
  server ? `${decodeURIComponent(server.pathname.slice(1)) || "atlas"}_e2e_${appPort}` : null;

export const databaseUrlOf = (appPort: number) =>
  server
    ? Object.assign(new URL(server), { pathname: `/${encodeURIComponent(databaseNameOf(appPort)!)}` }).toString()
    : `postgresql://postgres:postgres@127.0.0.1:${databasePortOf(appPort)}/postgres?sslmode=disable`;

/** The database of this process's app (E2E_PORT): the run's main app, or in ./start-app.ts the one it starts. */
export const E2E_DATABASE_NAME = databaseNameOf(APP_PORT);
export const E2E_DATABASE_URL = databaseUrlOf(APP_PORT);

/** DATABASE_URL's server's maintenance database, where the run's own database is made and dropped. */
export const MAINTENANCE_DATABASE_URL = server
  ? Object.assign(new URL(server), { pathname: "/postgres" }).toString()
  : null;
