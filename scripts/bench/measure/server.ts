// The production build and server for the benchmark: `next build` when there is no build yet (or when asked),
// then scripts/start.ts (migrations, the production Next.js server) on a free port against the bench database.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
export const DIST_DIR = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next");

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

/** Builds the app unless a production build is already there; returns whether it built. */
export async function ensureBuild(force: boolean): Promise<boolean> {
  if (!force && existsSync(path.join(DIST_DIR, "BUILD_ID"))) return false;
  await run(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  return true;
}

/** A port nobody listens on, in [from, to]. */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${from}-${to}`);
}

export type Server = { origin: string; stop(): Promise<void> };

/** Starts `tsx scripts/start.ts` and waits until the home page answers. */
export async function startServer(databaseUrl: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/start.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    // SITE_URL: canonical links must name the origin the pages are loaded from (Lighthouse checks them).
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      SITE_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // The whole process group: start.ts and the next server it spawned.
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/ru`);
      await response.arrayBuffer();
      if (response.ok) return { origin, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await stop();
  throw new Error("The server did not answer within 3 minutes");
}
