// The soak test's world: a private PostgreSQL cluster (stopped and started during the run), migrated and seeded,
// curator accounts, and the production server on it, logging to a file.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { createUser } from "../../lib/auth/create-user";
import { createDatabase, type Database } from "../../lib/db/connect";
import { applyMigrations } from "../../lib/db/schema-engine";
import { seedIfEmpty } from "../../prisma/seed/seed";
import { startPrivatePostgres, type PrivatePostgres } from "../../tests/support/private-postgres";

export type Curator = { email: string; password: string; cookie: string; address: string };
export type Target = { slug: string; diaspora: string };

export type SoakWorld = {
  cluster: PrivatePostgres;
  databaseUrl: string;
  /** A client for the checks before and after the run (not used while the load runs). */
  db: Database;
  origin: string;
  app: ChildProcess;
  logFile: string;
  diaspora: { id: string; slug: string };
  close(): Promise<void>;
};

export async function prepareDatabase(): Promise<{ cluster: PrivatePostgres; databaseUrl: string; db: Database }> {
  const cluster = await startPrivatePostgres({
    port: process.env.SOAK_PG_PORT ? Number(process.env.SOAK_PG_PORT) : undefined,
  });
  try {
    const databaseUrl = await cluster.createDatabase("atlas_soak_test");
    await applyMigrations(databaseUrl);
    const db = createDatabase(databaseUrl, { max: 2 });
    await seedIfEmpty(db);
    return { cluster, databaseUrl, db };
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
}

/** The diaspora with the most organizations: the curators' scope, so every write has many entries to edit. */
export async function busiestDiaspora(db: Database): Promise<{ id: string; slug: string; organizations: string[] }> {
  const diasporas = await db.diaspora.findMany({
    select: { id: true, slug: true, organizations: { select: { organization: { select: { slug: true } } } } },
  });
  const best = diasporas.sort((a, b) => b.organizations.length - a.organizations.length)[0];
  if (!best) throw new Error("the seed has no diaspora");
  return { id: best.id, slug: best.slug, organizations: best.organizations.map((o) => o.organization.slug) };
}

export async function createCurators(
  db: Database,
  diasporaId: string,
  count: number,
  origin: string,
): Promise<{ email: string; password: string }[]> {
  const run = randomBytes(3).toString("hex");
  const accounts = Array.from({ length: count }, (_, i) => ({
    email: `soak-curator-${run}-${i}@soak.test`,
    password: `soak-${randomBytes(12).toString("hex")}`,
  }));
  for (const account of accounts) {
    const result = await createUser(db, {
      email: account.email,
      name: "Soak curator",
      scope: { role: "CURATOR", global: false, diasporaIds: [diasporaId] },
      password: account.password,
      locale: "en",
      origin,
    });
    if (result.kind !== "created") throw new Error(`curator ${account.email} was not created`);
  }
  return accounts;
}

export function startApp(databaseUrl: string, port: number, logFile: string): ChildProcess {
  const log = createWriteStream(logFile);
  // The production server (scripts/serve-next.mjs); the soak client acts as the proxy in front of it, so its
  // X-Forwarded-For gives each curator its own address.
  const server = fileURLToPath(new URL("../serve-next.mjs", import.meta.url));
  const app = spawn(process.execPath, [server, "--port", String(port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      TRUSTED_PROXIES: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  app.stdout?.pipe(log);
  app.stderr?.pipe(log);
  return app;
}

export async function waitUntilHealthy(origin: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${origin}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app at ${origin} did not become healthy in ${timeoutMs} ms`);
}

/** Signs in through better-auth's HTTP endpoint, each curator from its own client address (the sign-in limit is per address). */
export async function signIn(
  origin: string,
  account: { email: string; password: string },
  index: number,
): Promise<Curator> {
  const address = `10.77.0.${index + 1}`;
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, "x-forwarded-for": address },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  const cookies = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter(Boolean);
  if (!response.ok || !cookies.length)
    throw new Error(`sign-in of ${account.email} failed: ${response.status} ${await response.text()}`);
  return { ...account, cookie: cookies.join("; "), address };
}

export async function stopApp(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || app.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => app.once("exit", () => resolve()));
  app.kill("SIGTERM");
  const timer = setTimeout(() => app.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
