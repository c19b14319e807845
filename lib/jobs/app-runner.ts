import "server-only";
// The app process's one job runner, kept on globalThis: Next loads instrumentation.ts and the routes as separate
// bundles, which share the process but not module instances. With JOBS_IN_APP (the default) it is started with the
// server and works; otherwise the first admin action that needs it starts one that only sends and retries.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { startJobRunner, type JobRunner } from "./runner";

const holder = globalThis as unknown as { atlasJobRunner?: Promise<JobRunner> };

function start(work: boolean): Promise<JobRunner> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const runner = startJobRunner({
    url: env.DATABASE_URL,
    db,
    env,
    work,
    // The embedded database serialises queries: two connections keep a job's statements from waiting on polls.
    max: env.DATABASE_POOL_MAX === 1 ? 2 : 4,
  });
  // A failed start is retried by the next caller instead of being kept.
  runner.catch(() => {
    if (holder.atlasJobRunner === runner) holder.atlasJobRunner = undefined;
  });
  holder.atlasJobRunner = runner;
  return runner;
}

/** Called once when the server starts (instrumentation.ts). */
export function startAppJobs(): Promise<JobRunner> {
  return holder.atlasJobRunner ?? start(env.JOBS_IN_APP);
}

/** The process's runner, to send, run now or retry a job. */
export function jobRunner(): Promise<JobRunner> {
  return holder.atlasJobRunner ?? start(false);
}

/** Stops the process's runner, if one was started (tests; a server shutting down). */
export async function stopJobRunner(timeoutSeconds = 20): Promise<void> {
  const runner = holder.atlasJobRunner;
  holder.atlasJobRunner = undefined;
  if (runner) await (await runner).stop(timeoutSeconds);
}
