import "server-only";
// The job queue: pg-boss on the atlas's own PostgreSQL (or the embedded database), in a schema of its own
// (docs/decisions/0032-job-queue.md). A runner that works takes jobs from every queue, with SKIP LOCKED so no two
// processes take the same one, and sends the scheduled ones (pg-boss sends each cron slot once however many
// processes run); one that does not work only sends, runs now and retries (an app instance beside `npm run worker`).
import PgBoss from "pg-boss";
import type { Database } from "@/lib/db/connect";
import type { Env } from "@/lib/env";
import { log } from "@/lib/observability/log";
import { JOBS, type JobDefinition } from "./definitions";

export const JOB_SCHEMA = "pgboss";

export type JobRunnerOptions = {
  url: string;
  db: Database;
  env: Pick<
    Env,
    | "JOBS_POLL_SECONDS"
    | "JOBS_PURGE_SCHEDULE"
    | "JOBS_SUBSCRIPTIONS_SCHEDULE"
    | "JOBS_NOTIFY_SCHEDULE"
    | "JOBS_MODERATION_DIGEST_SCHEDULE"
    | "JOBS_EVENT_DIGEST_SCHEDULE"
  >;
  /** Take jobs and send the scheduled ones; false: only send and retry. */
  work: boolean;
  jobs?: readonly JobDefinition[];
  /** Connections of pg-boss's own pool: the embedded database runs one query at a time, so a few are plenty. */
  max?: number;
  now?: () => Date;
  /** How often a working runner expires dead runs and archives old ones (pg-boss's default: 2 minutes). */
  maintenanceIntervalSeconds?: number;
};

export type JobRunner = {
  boss: PgBoss;
  jobs: readonly JobDefinition[];
  /** Waits for running jobs (up to `timeoutSeconds`), then closes the pool. */
  stop(timeoutSeconds?: number): Promise<void>;
};

/**
 * The queue with the job's retry policy: created on first start, brought up to date on later ones. Processes that
 * start together may both try to create it (pg-boss makes a table per queue, and two such creations can deadlock):
 * the loser looks again after a short, random wait.
 */
async function ensureQueue(boss: PgBoss, job: JobDefinition): Promise<void> {
  const options = {
    name: job.name,
    retryLimit: job.retryLimit,
    retryDelay: job.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: job.expireInSeconds,
  };
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(job.name)) return boss.updateQueue(job.name, options);
    try {
      return await boss.createQueue(job.name, options);
    } catch (error) {
      if (attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    }
  }
}

export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { url, db, env, work, jobs = JOBS, max = 4, now = () => new Date(), maintenanceIntervalSeconds } = options;
  const boss = new PgBoss({
    connectionString: url,
    schema: JOB_SCHEMA,
    max,
    application_name: work ? "atlas-jobs-worker" : "atlas-jobs-client",
    supervise: work,
    schedule: work,
    ...(maintenanceIntervalSeconds ? { maintenanceIntervalSeconds } : {}),
  });
  boss.on("error", (error) => log("error", "job queue error", { error }));
  await boss.start();
  for (const job of jobs) await ensureQueue(boss, job);
  if (work) {
    for (const job of jobs) {
      await boss.work(job.name, { pollingIntervalSeconds: env.JOBS_POLL_SECONDS, batchSize: 1 }, async ([item]) => {
        const started = performance.now();
        try {
          const output = await job.run(item!.data, { db, now });
          log("info", "job done", { job: job.name, jobId: item!.id, ms: Math.round(performance.now() - started) });
          return output;
        } catch (error) {
          log("warn", "job failed", { job: job.name, jobId: item!.id, error });
          throw error;
        }
      });
      const cron = job.schedule(env as Env);
      if (cron) await boss.schedule(job.name, cron, {}, { tz: "UTC" });
      else await boss.unschedule(job.name);
    }
  }
  return {
    boss,
    jobs,
    stop: (timeoutSeconds = 20) => boss.stop({ graceful: true, wait: true, timeout: timeoutSeconds * 1000 }),
  };
}
