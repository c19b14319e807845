import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkConnection } from "../../lib/db/check-connection";
import { createDatabase } from "../../lib/db/connect";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/schema-engine";
import { seedIfEmpty } from "../../prisma/seed/seed";

const root = path.resolve(import.meta.dirname, "../..");

function runStart(env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: root,
      env: { ...process.env, ...env, PORT: "3999" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("start-up", () => {
  it.each([
    [
      "an unreachable server",
      "postgresql://postgres@127.0.0.1:1/atlas",
      /Cannot connect to the database at postgresql:\/\/postgres@127\.0\.0\.1:1\/atlas \(ECONNREFUSED/,
    ],
    ["a malformed URL", "not a url", /DATABASE_URL is not a valid URL/],
    ["another protocol", "mysql://root@127.0.0.1/atlas", /must start with postgresql:\/\//],
  ])("stops with one clear line for %s", async (_label, url, message) => {
    const { code, stderr } = await runStart({ DATABASE_URL: url });
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("never prints a password from DATABASE_URL", async () => {
    await expect(checkConnection("postgresql://atlas:s3cret@127.0.0.1:1/atlas", 2_000)).rejects.toThrow(
      /atlas:\*\*\*@/,
    );
    await expect(checkConnection("postgresql://atlas:s3cret@127.0.0.1:1/atlas", 2_000)).rejects.not.toThrow(/s3cret/);
  });

  it("keeps the embedded database on disk, and a second start neither migrates nor seeds again", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "atlas-pglite-"));
    try {
      const counts: number[] = [];
      for (const run of [1, 2]) {
        const embedded = await startEmbeddedDatabase({ dataDir });
        const db = createDatabase(embedded.url, { max: 1 });
        try {
          const applied = await applyMigrations(embedded.url);
          const seeded = await seedIfEmpty(db);
          if (run === 1) {
            expect(applied.length).toBeGreaterThan(0);
            expect(seeded?.organizations).toBeGreaterThan(25);
          } else {
            expect(applied).toEqual([]);
            expect(seeded).toBeNull();
          }
          counts.push(await db.organization.count());
        } finally {
          await db.$disconnect();
          await embedded.stop();
        }
      }
      expect(counts[1]).toBe(counts[0]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
