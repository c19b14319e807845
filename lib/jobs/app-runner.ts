import "server-only";
// The app process's one job runner, kept on globalThis: Next loads instrumentation.ts and the routes as separate
// bundles, which share the process but not module instances. With JOBS_IN_APP (the default) it is started with the
// server and works; otherwise the first admin action that needs it starts one that only sends and retries.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { startJobRunner, type JobRunner } from "./runner";

type Held = { runner: Promise<JobRunner>; work: boolean };
const holder = globalThis as unknown as { atlasJobRunner?: Held };

function start(work: boolean): Promise<JobRunner> {
  if (!env.DATABASE_URL) return Promise.reject(new Error("DATABASE_URL is not set"));
  const runner = startJobRunner({
    url: env.DATABASE_URL,
    db,
    env,
    work,
    // The embedded database serialises queries: two connections keep a job's statements from waiting on polls.
    max: env.DATABASE_POOL_MAX === 1 ? 2 : 4,
  });
  const held = { runner, work };
  // A failed start is retried by the next caller instead of being kept.
  runner.catch(() => {
    if (holder.atlasJobRunner === held) holder.atlasJobRunner = undefined;
  });
  holder.atlasJobRunner = held;
  return runner;
}

/**
 * Called when the server starts (instrumentation.ts), and again a minute later while that fails. A runner that only
 * sends, started meanwhile by an admin's action (the database was down at start), gives way to one that works.
 */
export async function startAppJobs(): Promise<JobRunner> {
  const held = holder.atlasJobRunner;
  if (held && (held.work || !env.JOBS_IN_APP)) return held.runner;
  if (held) {
    holder.atlasJobRunner = undefined;
    await (await held.runner).stop(5);
  }
  return start(env.JOBS_IN_APP);
}

/** The process's runner, to send, run now or retry a job. */
export function jobRunner(): Promise<JobRunner> {
  return holder.atlasJobRunner?.runner ?? start(false);
}

/** Stops the process's runner, if one was started (tests; a server shutting down). */
export async function stopJobRunner(timeoutSeconds = 20): Promise<void> {
  const held = holder.atlasJobRunner;
  holder.atlasJobRunner = undefined;
  if (held) await (await held.runner).stop(timeoutSeconds);
}
