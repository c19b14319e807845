// npm run worker: a process that only runs background jobs (lib/jobs), for deployments with several app instances
// on one PostgreSQL (start the apps with JOBS_IN_APP=false). Any number of workers may run: pg-boss gives each job
// to one of them, and sends each scheduled run once. SIGTERM or SIGINT lets running jobs finish (up to 20 s).
// The embedded database belongs to the `npm start` process, which runs the jobs itself.
import { createDatabase } from "../lib/db/connect";
import { readEnv } from "../lib/env";
import { JOBS } from "../lib/jobs/definitions";
import { startJobRunner } from "../lib/jobs/runner";
import { routeConsoleToLog, log } from "../lib/observability/log";
import { runScript } from "./db/database";

await runScript(async () => {
  const env = readEnv();
  if (!env.DATABASE_URL)
    throw new Error(
      "DATABASE_URL is not set: a separate worker needs an external PostgreSQL (on the embedded database `npm start` runs the jobs itself)",
    );
  if (env.NODE_ENV === "production") routeConsoleToLog();
  const db = createDatabase(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
  const runner = await startJobRunner({ url: env.DATABASE_URL, db, env, work: true });
  log("info", "worker started", { jobs: JOBS.map((job) => job.name), pollSeconds: env.JOBS_POLL_SECONDS });
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  log("info", "worker stopping");
  await runner.stop();
  await db.$disconnect();
});
