// The two-instance test's set-up, shared by its launcher and its spec: two production servers (ports derived from
// E2E_PORT, so they never meet the main end-to-end run's), one PostgreSQL database of their own on the server
// DATABASE_URL names, and one Redis with a key prefix of their own.
const base = Number(process.env.E2E_PORT ?? 3100);
export const PORT_A = base + 1;
export const PORT_B = base + 2;
export const ORIGIN_A = `http://127.0.0.1:${PORT_A}`;
export const ORIGIN_B = `http://127.0.0.1:${PORT_B}`;

const server = new URL(process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/atlas_scale_test");
const name = `${server.pathname.slice(1) || "atlas"}_scale_${PORT_A}`;
if (!name.includes("test"))
  throw new Error(
    `The two-instance test's database must be a test database (DATABASE_URL names "${server.pathname.slice(1)}").`,
  );
export const DATABASE_NAME = name;
export const DATABASE_URL = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
/** The server's maintenance database, to create and drop the test's own. */
export const ADMIN_DATABASE_URL = Object.assign(new URL(server), { pathname: "/postgres" }).toString();

export const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
export const KEY_PREFIX = `atlas-scale-test-${PORT_A}:`;
