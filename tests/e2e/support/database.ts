// The database the app of one end-to-end run serves. With DATABASE_URL set (PostgreSQL, as .ci/run sets it), a
// database of the run's own on that server, "<name>_e2e_<E2E_PORT>", made empty by ./start-app.ts and migrated and
// seeded by scripts/start.ts as `npm start` would: PostgreSQL serves the parallel specs' requests at once, where the
// embedded database (one connection, single-threaded) queued them. Without DATABASE_URL, the embedded database
// the app starts, reached through its socket on DATABASE_PORT.
import { APP_PORT, DATABASE_PORT } from "./ports";

const server = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : null;

/** The run's own database on DATABASE_URL's server, or null on the embedded database. */
export const E2E_DATABASE_NAME = server
  ? `${decodeURIComponent(server.pathname.slice(1)) || "atlas"}_e2e_${APP_PORT}`
  : null;

export const E2E_DATABASE_URL = server
  ? Object.assign(new URL(server), { pathname: `/${encodeURIComponent(E2E_DATABASE_NAME!)}` }).toString()
  : `postgresql://postgres:postgres@127.0.0.1:${DATABASE_PORT}/postgres?sslmode=disable`;

/** DATABASE_URL's server's maintenance database, where the run's own database is made and dropped. */
export const MAINTENANCE_DATABASE_URL = server
  ? Object.assign(new URL(server), { pathname: "/postgres" }).toString()
  : null;
