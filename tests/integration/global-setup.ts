// The run's test databases: on DATABASE_URL when set (a real PostgreSQL whose name says "test"), otherwise fresh
// in-memory PGlites, one per worker, each in a process of its own (tests/support/embedded-database-process.ts).
// Migrations are applied here; tests then reset the tables they use. On PostgreSQL the migrated database is the
// template each worker copies (tests/support/worker-database.ts); copies from an earlier run are dropped first,
// since they may predate a migration, and again at the end.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/schema-engine";
import { checkConnection } from "../../lib/db/check-connection";
import { dropWorkerDatabases } from "../support/worker-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** On the embedded database, each worker's (VITEST_POOL_ID 1 is the first). */
    embeddedUrls: string[];
    databaseKind: "postgresql" | "embedded";
  }
}

let embedded: ChildProcess[] = [];
let template: string | undefined;

/** Starts an in-memory embedded database in a child process; resolves to its URL. */
function startEmbeddedProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/embedded-database-process.ts"], {
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the embedded database process exited (${code})`)));
    createInterface({ input: child.stdout! }).once("line", (line) =>
      resolve({ child, url: (JSON.parse(line) as { url: string }).url }),
    );
  });
}

export async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = new URL(url).pathname.slice(1);
    if (!/test/i.test(name)) {
      throw new Error(
        `Integration tests empty their database; "${name}" does not look like a test database (its name must contain "test").`,
      );
    }
    await checkConnection(url);
    await dropWorkerDatabases(url);
    template = url;
    await applyMigrations(url);
    project.provide("databaseUrl", url);
    project.provide("embeddedUrls", []);
    project.provide("databaseKind", "postgresql");
    return;
  }
  const started = await Promise.all(
    Array.from({ length: Math.max(1, project.config.maxWorkers) }, () => startEmbeddedProcess()),
  );
  embedded = started.map((s) => s.child);
  for (const { url: each } of started) await applyMigrations(each);
  project.provide("databaseUrl", started[0]!.url);
  project.provide(
    "embeddedUrls",
    started.map((s) => s.url),
  );
  project.provide("databaseKind", "embedded");
}

export async function teardown() {
  await Promise.all(
    embedded.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.removeAllListeners("exit");
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  embedded = [];
  if (template) await dropWorkerDatabases(template);
}
