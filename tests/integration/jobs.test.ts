// The job queue (issue #14, item 1; lib/jobs) on the test database, PostgreSQL or embedded: pg-boss's own workers
// take real jobs. The nightly purge deletes what expired and keeps what is live; a failing job is retried with
// growing delays, then shows as failed with its error and runs again when retried; two workers on one database run
// each job once; the schedule follows its setting; an admin's "run now" and "retry" are checked and audited.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import { createUser } from "../../lib/auth/create-user";
import { Forbidden } from "../../lib/errors";
import { readEnv } from "../../lib/env";
import { stopJobRunner } from "../../lib/jobs/app-runner";
import { retryJob, runJobNow } from "../../lib/jobs/commands";
import type { JobDefinition } from "../../lib/jobs/definitions";
import { RATE_LIMIT_IDLE_MS } from "../../lib/jobs/purge-expired";
import { readJobs } from "../../lib/jobs/read-jobs";
import { JOB_SCHEMA, startJobRunner, type JobRunner } from "../../lib/jobs/runner";
import { openTestDatabase, resetDatabase, testDatabaseUrl } from "../support/database";

const db = openTestDatabase();
const env = { ...readEnv(), JOBS_POLL_SECONDS: 0.5 };
const HOUR = 60 * 60 * 1000;
const runners: JobRunner[] = [];

async function start(jobs?: readonly JobDefinition[], overrides: Partial<typeof env> = {}): Promise<JobRunner> {
  const runner = await startJobRunner({
    url: testDatabaseUrl(),
    db,
    env: { ...env, ...overrides },
    work: true,
    jobs,
    max: 2,
  });
  runners.push(runner);
  return runner;
}

async function stopAll() {
  await Promise.all(runners.splice(0).map((runner) => runner.stop(5)));
}

/** Waits until the job reaches one of the states (pg-boss's own record of it). */
async function settled(runner: JobRunner, name: string, id: string, states = ["completed", "failed"]) {
  for (let i = 0; i < 240; i++) {
    const job = await runner.boss.getJobById(name, id);
    if (job && states.includes(job.state)) return job;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`job ${name} ${id} did not reach ${states.join(" or ")}`);
}

beforeAll(async () => {
  await resetDatabase(db);
  // A queue of its own for this file: whatever an earlier file or run left in the worker's database goes.
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${JOB_SCHEMA} CASCADE`);
});
afterAll(async () => {
  await stopAll();
  await stopJobRunner(5);
  await db.$disconnect();
});

describe("the purge of expired data", () => {
  it("deletes expired sessions, tokens and idle counters through the queue, and keeps live ones", async () => {
    const now = Date.now();
    const user = await db.user.create({ data: { name: "A", email: "a@example.org" } });
    await db.session.createMany({
      data: [
        { userId: user.id, token: "expired", expiresAt: new Date(now - HOUR) },
        { userId: user.id, token: "live", expiresAt: new Date(now + HOUR) },
      ],
    });
    await db.verification.createMany({
      data: [
        { identifier: "reset:old", value: user.id, expiresAt: new Date(now - 1000) },
        { identifier: "reset:new", value: user.id, expiresAt: new Date(now + HOUR) },
      ],
    });
    await db.rateLimit.createMany({
      data: [
        { key: "idle", count: 3, lastRequest: BigInt(now - RATE_LIMIT_IDLE_MS - 1000) },
        { key: "recent", count: 3, lastRequest: BigInt(now - 1000) },
      ],
    });
    await db.accountThrottle.createMany({
      data: [
        {
          key: "sign-in:idle@example.org",
          count: 2,
          windowStart: new Date(now - 25 * HOUR),
          notBefore: new Date(now - 25 * HOUR),
        },
        {
          key: "sign-in:recent@example.org",
          count: 9,
          windowStart: new Date(now - 60_000),
          notBefore: new Date(now + 60_000),
        },
        {
          key: `reset-mail:${user.id}`,
          count: 3,
          windowStart: new Date(now - 2 * HOUR),
          notBefore: new Date(now - 2 * HOUR),
        },
        { key: "reset-mail:other", count: 1, windowStart: new Date(now - 60_000), notBefore: new Date(now - 60_000) },
      ],
    });

    // A visitor's digest sign-up never confirmed goes after a week; a confirmed one and a recent one stay.
    await db.eventDigest.createMany({
      data: [
        { email: "old@example.org", locale: "ru", ipHash: "h", createdAt: new Date(now - 8 * 24 * HOUR) },
        { email: "new@example.org", locale: "ru", ipHash: "h", createdAt: new Date(now - HOUR) },
        {
          email: "kept@example.org",
          locale: "ru",
          ipHash: "h",
          createdAt: new Date(now - 30 * 24 * HOUR),
          confirmedAt: new Date(now - 29 * 24 * HOUR),
        },
      ],
    });

    const runner = await start();
    const id = (await runner.boss.send("purge-expired", {}))!;
    const job = await settled(runner, "purge-expired", id);
    expect(job.state).toBe("completed");
    expect(job.output).toEqual({
      sessions: 1,
      verifications: 1,
      rateLimits: 1,
      signInThrottles: 1,
      resetMailThrottles: 1,
      unconfirmedDigests: 1,
    });
    expect((await db.session.findMany()).map((s) => s.token)).toEqual(["live"]);
    expect((await db.verification.findMany()).map((v) => v.identifier)).toEqual(["reset:new"]);
    expect((await db.rateLimit.findMany()).map((r) => r.key)).toEqual(["recent"]);
    expect((await db.eventDigest.findMany({ orderBy: { email: "asc" } })).map((d) => d.email)).toEqual([
      "kept@example.org",
      "new@example.org",
    ]);
    expect((await db.accountThrottle.findMany({ orderBy: { key: "asc" } })).map((t) => t.key)).toEqual([
      "reset-mail:other",
      "sign-in:recent@example.org",
    ]);
    // The admin page's view of it: the run, completed, with its report.
    const overview = await readJobs("completed");
    expect(overview.runs).toMatchObject([{ id, name: "purge-expired", state: "completed", attempts: 1 }]);
    expect(overview.runs[0]!.output?.report).toMatchObject({ sessions: 1 });
    await stopAll();
  });
});

describe("retries", () => {
  it("retries a failing job with growing delays, then keeps it failed with its error; retried, it runs again", async () => {
    const attempts: number[] = [];
    let healthy = false;
    const flaky: JobDefinition = {
      name: "test-flaky",
      retryLimit: 2,
      retryDelaySeconds: 1,
      expireInSeconds: 30,
      runByHand: false,
      schedule: () => null,
      run: async () => {
        attempts.push(Date.now());
        if (!healthy) throw new Error("calendar unreachable: 503");
        return { fetched: 1 };
      },
    };
    const runner = await start([flaky]);
    const id = (await runner.boss.send("test-flaky", {}))!;
    const failed = await settled(runner, "test-flaky", id, ["failed"]);
    expect(attempts).toHaveLength(3);
    // Backoff: pg-boss waits between 1 and 2 × retryDelay before the second attempt, between 2 and 4 × before the
    // third (plus up to one polling interval); a fixed delay would start the third about 1 s after the second.
    const [first, second, third] = attempts as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(950);
    expect(third - second).toBeGreaterThanOrEqual(1950);
    expect((failed.output as { message: string }).message).toBe("calendar unreachable: 503");
    const overview = await readJobs("failed", [flaky]);
    expect(overview.runs).toMatchObject([
      { id, state: "failed", attempts: 3, retryLimit: 2, output: { error: "calendar unreachable: 503" } },
    ]);
    expect(overview.kinds[0]!.counts.failed).toBe(1);

    healthy = true;
    await runner.boss.retry("test-flaky", id);
    const done = await settled(runner, "test-flaky", id, ["completed"]);
    expect(done.output).toEqual({ fetched: 1 });
    expect(attempts).toHaveLength(4);
    await stopAll();
  });
});

describe("a worker that dies", () => {
  it("loses nothing: killed mid-job, its run expires and another worker completes it", async () => {
    const crash = (run: JobDefinition["run"]): JobDefinition => ({
      name: "test-crash",
      retryLimit: 2,
      retryDelaySeconds: 1,
      expireInSeconds: 2,
      runByHand: false,
      schedule: () => null,
      run,
    });
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tests/support/job-worker-child.ts", testDatabaseUrl()],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let said = "";
    const saw = (word: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => said.includes(word) && resolve();
        child.stdout!.on("data", (chunk: Buffer) => ((said += chunk.toString()), check()));
        child.once("exit", (code) => reject(new Error(`the worker exited (${code}) before "${word}"`)));
        check();
      });
    await saw("ready");
    // Sent by a process that does not work, so the doomed worker takes it.
    const sender = await startJobRunner({
      url: testDatabaseUrl(),
      db,
      env,
      work: false,
      jobs: [crash(async () => null)],
    });
    runners.push(sender);
    const id = (await sender.boss.send("test-crash", { n: 1 }))!;
    await saw("started");
    child.kill("SIGKILL");
    await once(child, "exit");
    expect((await sender.boss.getJobById("test-crash", id))!.state).toBe("active");

    const rescuer = await startJobRunner({
      url: testDatabaseUrl(),
      db,
      env,
      work: true,
      jobs: [crash(async (data) => ({ finished: (data as { n: number }).n }))],
      max: 2,
      maintenanceIntervalSeconds: 1,
    });
    runners.push(rescuer);
    const done = await settled(rescuer, "test-crash", id, ["completed"]);
    expect(done.output).toEqual({ finished: 1 });
    expect(done.retryCount).toBe(1);
    await stopAll();
  });
});

describe("several workers", () => {
  it("run each job exactly once", async () => {
    const runs: string[] = [];
    const counted: JobDefinition = {
      name: "test-counted",
      retryLimit: 0,
      retryDelaySeconds: 1,
      expireInSeconds: 30,
      runByHand: false,
      schedule: () => null,
      run: async (data) => {
        runs.push((data as { n: string }).n);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return null;
      },
    };
    const [a] = await Promise.all([start([counted]), start([counted]), start([counted])]);
    const ids = await Promise.all(Array.from({ length: 30 }, (_, n) => a!.boss.send("test-counted", { n: String(n) })));
    for (const id of ids) await settled(a!, "test-counted", id!);
    expect(runs.sort((x, y) => Number(x) - Number(y))).toEqual(Array.from({ length: 30 }, (_, n) => String(n)));
    await stopAll();
  });
});

describe("schedules", () => {
  it("follow the setting, and 'off' removes the schedule", async () => {
    await start(undefined, {
      JOBS_PURGE_SCHEDULE: "5 4 * * *",
      JOBS_SUBSCRIPTIONS_SCHEDULE: "*/5 * * * *",
      JOBS_NOTIFY_SCHEDULE: "*/2 * * * *",
      JOBS_MODERATION_DIGEST_SCHEDULE: "30 5 * * *",
      JOBS_EVENT_DIGEST_SCHEDULE: "0 7 * * 5",
      JOBS_LINKS_SCHEDULE: "15 */2 * * *",
    });
    await stopAll();
    expect((await readJobs()).kinds).toMatchObject([
      { name: "purge-expired", schedule: "5 4 * * *", runByHand: true },
      { name: "poll-calendars", schedule: "*/5 * * * *", runByHand: true },
      // One calendar's read: queued by the app only (it needs the subscription), never on a schedule.
      { name: "poll-calendar", schedule: null, runByHand: false },
      { name: "mail-notifications", schedule: "*/2 * * * *", runByHand: true },
      { name: "mail-moderation-digest", schedule: "30 5 * * *", runByHand: true },
      { name: "mail-event-digests", schedule: "0 7 * * 5", runByHand: true },
      // A sign-up's confirmation: queued by the sign-up only.
      { name: "mail-digest-confirmation", schedule: null, runByHand: false },
      { name: "check-links", schedule: "15 */2 * * *", runByHand: true },
      // One organization's links: queued by an approval or a curator only.
      { name: "check-organization-links", schedule: null, runByHand: false },
    ]);
    const off = {
      JOBS_PURGE_SCHEDULE: "off",
      JOBS_SUBSCRIPTIONS_SCHEDULE: "off",
      JOBS_NOTIFY_SCHEDULE: "off",
      JOBS_MODERATION_DIGEST_SCHEDULE: "off",
      JOBS_EVENT_DIGEST_SCHEDULE: "off",
      JOBS_LINKS_SCHEDULE: "off",
    };
    await start(undefined, off);
    await stopAll();
    expect((await readJobs()).kinds.map((kind) => kind.schedule)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("an admin's commands", () => {
  it("run now queues one run, refuses a second while it waits, and is audited; others are refused", async () => {
    const created = await createUser(db, {
      email: "admin@example.org",
      scope: { role: "ADMIN", global: true, diasporaIds: [] },
      password: "Quiet-harbour-lantern-7",
      locale: "en",
      origin: "http://localhost:3000",
    });
    if (created.kind !== "created") throw new Error("expected an account");
    const admin = (await loadActor(created.userId))!;
    // No worker runs here: the run stays queued.
    expect(await runJobNow(admin, { name: "purge-expired" }, {})).toEqual({ ok: true });
    expect(await runJobNow(admin, { name: "purge-expired" }, {})).toMatchObject({
      ok: false,
      formError: "alreadyPending",
    });
    expect((await readJobs("created")).runs).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "job.run_requested", actorId: admin.userId } })).toBe(1);

    expect(await runJobNow(admin, { name: "drop-everything" }, {})).toMatchObject({
      ok: false,
      fieldErrors: { name: ["unknownJob"] },
    });
    // A job that needs data only the app gives it is not run by hand.
    expect(await runJobNow(admin, { name: "poll-calendar" }, {})).toMatchObject({
      ok: false,
      fieldErrors: { name: ["unknownJob"] },
    });
    expect(
      await retryJob(admin, { name: "purge-expired", id: "0d6f1a5e-6f0e-4b59-9c43-2a1d1c7b9e10" }, {}),
    ).toMatchObject({ ok: false, formError: "notFailed" });
    expect(await retryJob(admin, { name: "purge-expired", id: "1" }, {})).toMatchObject({
      fieldErrors: { id: ["unknownRun"] },
    });
    const curator = { ...admin, grants: [{ role: "CURATOR" as const, global: false, diasporaIds: [] }] };
    await expect(runJobNow(curator, { name: "purge-expired" }, {})).rejects.toBeInstanceOf(Forbidden);
    await expect(runJobNow(null, { name: "purge-expired" }, {})).rejects.toBeInstanceOf(Forbidden);
    expect(await db.auditLog.count({ where: { action: "permission.denied", actorId: admin.userId } })).toBe(1);
  });
});
