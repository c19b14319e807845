// A throwaway PostgreSQL cluster of our own (Debian's initdb and pg_ctl) in a temporary folder, on its own port,
// for tests that stop and restart the database: never the shared cluster other tests and CI use. As root (CI) the
// server runs as the `postgres` user, since initdb refuses root.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export type PrivatePostgres = {
  port: number;
  /** The URL of a database in it (created by createDatabase). */
  urlOf(database: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its folder; safe to call twice. */
  destroy(): Promise<void>;
};

/** The newest installed server's bin folder, or null when PostgreSQL's server binaries are missing. */
export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a server binary as the cluster's owner, without blocking the event loop (a load test keeps running). */
function runAsOwner(bin: string, args: string[]): Promise<string> {
  const [command, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  return new Promise((resolve, reject) => {
    execFile(command, argv, { encoding: "utf8", timeout: 120_000 }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`${path.basename(bin)} ${args[0] ?? ""} failed: ${stderr || stdout || error.message}`));
      else resolve(stdout);
    });
  });
}

export async function startPrivatePostgres(options: { port?: number } = {}): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin");
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-pg-"));
  if (isRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const pgCtl = path.join(bin, "pg_ctl");
  await runAsOwner(path.join(bin, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "-A",
    "trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);
  // Its own socket folder: the default one belongs to the shared cluster.
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=100`;
  let running = false;
  const cluster: PrivatePostgres = {
    port,
    urlOf: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    async createDatabase(name) {
      const pg = (await import("pg")).default;
      const client = new pg.Client({ connectionString: cluster.urlOf("postgres") });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
      } finally {
        await client.end();
      }
      return cluster.urlOf(name);
    },
    async start() {
      await runAsOwner(pgCtl, [
        "start",
        "-D",
        data,
        "-w",
        "-t",
        "60",
        "-l",
        path.join(dir, "server.log"),
        "-o",
        serverOptions,
      ]);
      running = true;
    },
    async stop() {
      // "fast": what an operator's restart does; open connections are cut, as in a real outage.
      await runAsOwner(pgCtl, ["stop", "-D", data, "-m", "fast", "-w", "-t", "60"]);
      running = false;
    },
    async destroy() {
      if (running) {
        await cluster
          .stop()
          .catch(() => runAsOwner(pgCtl, ["stop", "-D", data, "-m", "immediate", "-w"]).catch(() => {}));
        running = false;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await cluster.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return cluster;
}
