// The database stops and starts again under the app's feet: on a private PostgreSQL cluster (never the shared one),
// stopped with `pg_ctl stop -m fast` like an operator's restart.
// Invariants: while it is down the watcher says so within a second, /api/health's check and the API answer
// "unavailable" at once instead of hanging; once it is back the same pool serves queries again, without a restart.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoute } from "../../lib/api/http/route";
import {
  databaseState,
  isConnectionError,
  noteDatabaseError,
  stopWatching,
  watchDatabase,
} from "../../lib/db/availability";
import { createDatabase, type Database } from "../../lib/db/connect";
import { checkHealth } from "../../lib/health/check-health";
import { postgresBinDir, startPrivatePostgres, type PrivatePostgres } from "../support/private-postgres";

describe.skipIf(!postgresBinDir())("a database outage", () => {
  let cluster: PrivatePostgres;
  let url: string;
  let db: Database;
  let previousUrl: string | undefined;

  beforeAll(async () => {
    cluster = await startPrivatePostgres();
    url = await cluster.createDatabase("atlas_outage_test");
    // The app's modules find the database through DATABASE_URL, as in the server.
    previousUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    watchDatabase(url);
    db = createDatabase(url, { max: 2, onConnectionError: (error) => noteDatabaseError(error, url) });
  }, 120_000);

  afterAll(async () => {
    stopWatching();
    await db?.$disconnect().catch(() => {});
    await cluster?.destroy();
    process.env.DATABASE_URL = previousUrl;
  });

  const endpoint = apiRoute(async () => ({ body: await db.$queryRaw<{ one: number }[]>`select 1 as one` }));
  const callApi = () =>
    endpoint.GET(new Request("http://localhost/api/v1/example", { headers: { "x-request-id": "test-request-0001" } }), {
      params: Promise.resolve({}),
    });

  it("never keeps a process alive: a script that used the database exits when it is done", () => {
    const script = `import { watchDatabase, databaseState } from "./lib/db/availability.ts";
      watchDatabase(${JSON.stringify(url)});
      await new Promise((resolve) => setTimeout(resolve, 500));
      console.log(databaseState(${JSON.stringify(url)}));`;
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(child.signal, "still running after 20 s").toBeNull();
    expect(child.status).toBe(0);
    expect(child.stdout.trim()).toBe("up");
  }, 30_000);

  it("does not call a dropped idle connection an outage: the watcher reconnects and stays up", async () => {
    await expect.poll(() => databaseState(url)).toBe("up");
    // What an idle timeout, a connection pooler or an operator's pg_terminate_backend does to the watcher.
    const [row] = await db.$queryRaw<{ terminated: number }[]>`
      SELECT count(pg_terminate_backend(pid))::int AS terminated FROM pg_stat_activity WHERE application_name = 'atlas-health'`;
    expect(row?.terminated).toBe(1);
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      seen.add(databaseState(url));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect([...seen]).toEqual(["up"]);
    await expect.poll(async () => (await checkHealth(url)).database.status).toBe("up");
  }, 30_000);

  it("reports up, then down at once, then up again, and the same pool serves after the return", async () => {
    await expect.poll(() => databaseState(url)).toBe("up");
    const healthy = await checkHealth(url);
    expect(healthy).toMatchObject({ status: "ok", version: expect.any(String), database: { status: "up" } });
    expect(healthy.database.latencyMs).toEqual(expect.any(Number));
    expect(await db.$queryRaw`select 1 as one`).toEqual([{ one: 1 }]);
    const ok = await callApi();
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-request-id")).toBe("test-request-0001");

    await cluster.stop();
    // The watcher's own connection is cut by the shutdown: no query is needed to notice.
    await expect.poll(() => databaseState(url), { timeout: 2_000 }).toBe("down");
    const started = Date.now();
    const down = await checkHealth(url);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(down).toMatchObject({ status: "unavailable", database: { status: "down", latencyMs: null } });
    const failure = await db.$queryRaw`select 1`.then(
      () => null,
      (error: unknown) => error,
    );
    expect(isConnectionError(failure)).toBe(true);
    const unavailable = await callApi();
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await unavailable.json()).toMatchObject({ error: { code: "service_unavailable" } });

    await cluster.start();
    await expect.poll(() => databaseState(url), { timeout: 5_000, interval: 100 }).toBe("up");
    expect(await db.$queryRaw`select 1 as one`).toEqual([{ one: 1 }]);
    expect((await checkHealth(url)).status).toBe("ok");
    expect((await callApi()).status).toBe(200);
  }, 60_000);
});
