// Starts the two-instance set-up (./settings.ts) for the end-to-end run (playwright.config.ts): a fresh database and Redis prefix,
// then instance A through scripts/start.ts (migrations and seed, as `npm run serve` does), then instance B on the
// same database. Both share SITE_URL and the auth secret, as instances behind one load balancer would.
// On SIGTERM both servers stop and the database and Redis keys are removed.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import pg from "pg";
import {
  ADMIN_DATABASE_URL,
  DATABASE_NAME,
  DATABASE_URL,
  KEY_PREFIX,
  ORIGIN_A,
  ORIGIN_B,
  PORT_A,
  PORT_B,
  REDIS_URL,
} from "./settings";

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function clearRedis() {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys(`${KEY_PREFIX}*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

const authSecret = randomBytes(32).toString("hex");
function start(port: number): ChildProcess {
  return spawn("npx", ["tsx", "scripts/start.ts"], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL,
      REDIS_URL,
      CACHE_KEY_PREFIX: KEY_PREFIX,
      SITE_URL: ORIGIN_A,
      BETTER_AUTH_SECRET: authSecret,
      NEXT_TELEMETRY_DISABLED: "1",
      // The test runner is the load balancer in front of both: its X-Forwarded-For is the client's address.
      TRUSTED_PROXIES: "127.0.0.1,::1",
      // No link-monitor rounds: they would check the seed's addresses on the internet.
      JOBS_LINKS_SCHEDULE: "off",
    },
  });
}

async function ready(origin: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${origin}/en`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${origin} did not start`);
}

const servers: ChildProcess[] = [];
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    servers.map(
      (s) =>
        new Promise((resolve) => (s.exitCode !== null ? resolve(null) : (s.once("exit", resolve), s.kill("SIGTERM")))),
    ),
  );
  await clearRedis().catch(() => {});
  await admin(`DROP DATABASE IF EXISTS "${DATABASE_NAME}" WITH (FORCE)`).catch(() => {});
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

await admin(`DROP DATABASE IF EXISTS "${DATABASE_NAME}" WITH (FORCE)`);
await admin(`CREATE DATABASE "${DATABASE_NAME}"`);
await clearRedis();
servers.push(start(PORT_A));
await ready(ORIGIN_A);
servers.push(start(PORT_B));
await ready(ORIGIN_B);
for (const server of servers) server.on("exit", () => void stop(1));
console.log(`Two instances on one database (${DATABASE_NAME}) and one Redis (${KEY_PREFIX}): ${ORIGIN_A}, ${ORIGIN_B}`);
