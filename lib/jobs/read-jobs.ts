import "server-only";
// What /admin/jobs shows: each kind of job with its schedule and how many of its runs are in each state, and the
// latest runs (of one state, or all) with their attempts and output: a completed run's report, a failed one's error.
// Read from pg-boss's tables directly, which it documents as its public schema; nothing here writes.
import { db } from "@/lib/db/client";
import { JOBS, type JobDefinition } from "./definitions";
import { JOB_SCHEMA } from "./runner";

export const JOB_STATES = ["created", "retry", "active", "completed", "failed", "cancelled"] as const;
export type JobState = (typeof JOB_STATES)[number];

export const RUNS_SHOWN = 100;

export type JobKind = {
  name: string;
  schedule: string | null;
  /** An admin may run it now (JobDefinition.runByHand). */
  runByHand: boolean;
  counts: Record<JobState, number>;
};
export type JobRun = {
  id: string;
  name: string;
  state: JobState;
  attempts: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  /** When a queued or retried run may start. */
  startAfter: Date;
  /** A completed run's report, or a failed one's error message. */
  output: { report?: Record<string, unknown>; error?: string } | null;
};
export type JobsOverview = { started: boolean; kinds: JobKind[]; runs: JobRun[] };

type RunRow = {
  id: string;
  name: string;
  state: JobState;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  start_after: Date;
  output: unknown;
};

function outputOf(state: JobState, output: unknown): JobRun["output"] {
  if (!output || typeof output !== "object") return null;
  if (state === "failed" || state === "retry") {
    const message = (output as { message?: unknown }).message;
    return { error: typeof message === "string" ? message : JSON.stringify(output) };
  }
  return { report: output as Record<string, unknown> };
}

export function isJobState(value: unknown): value is JobState {
  return typeof value === "string" && (JOB_STATES as readonly string[]).includes(value);
}

export async function readJobs(
  state: JobState | null = null,
  jobs: readonly JobDefinition[] = JOBS,
): Promise<JobsOverview> {
  const names = jobs.map((job) => job.name);
  const empty = (): Record<JobState, number> => Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as never;
  const [{ started } = { started: false }] = await db.$queryRawUnsafe<{ started: boolean }[]>(
    `SELECT to_regclass('${JOB_SCHEMA}.job') IS NOT NULL AND to_regclass('${JOB_SCHEMA}.schedule') IS NOT NULL AS started`,
  );
  if (!started)
    return {
      started: false,
      kinds: jobs.map((job) => ({ name: job.name, schedule: null, runByHand: job.runByHand, counts: empty() })),
      runs: [],
    };
  const [counts, schedules, rows] = await Promise.all([
    db.$queryRawUnsafe<{ name: string; state: JobState; count: number }[]>(
      `SELECT name, state::text AS state, count(*)::int AS count FROM ${JOB_SCHEMA}.job WHERE name = ANY($1) GROUP BY 1, 2`,
      names,
    ),
    db.$queryRawUnsafe<{ name: string; cron: string }[]>(
      `SELECT name, cron FROM ${JOB_SCHEMA}.schedule WHERE name = ANY($1)`,
      names,
    ),
    db.$queryRawUnsafe<RunRow[]>(
      `SELECT id::text AS id, name, state::text AS state, retry_count, retry_limit, created_on, started_on,
              completed_on, start_after, output
         FROM ${JOB_SCHEMA}.job
        WHERE name = ANY($1) AND ($2::text IS NULL OR state::text = $2)
        ORDER BY created_on DESC, id
        LIMIT ${RUNS_SHOWN}`,
      names,
      state,
    ),
  ]);
  const kinds = jobs.map(({ name, runByHand }) => {
    const kind: JobKind = {
      name,
      schedule: schedules.find((s) => s.name === name)?.cron ?? null,
      runByHand,
      counts: empty(),
    };
    for (const row of counts) if (row.name === name) kind.counts[row.state] = row.count;
    return kind;
  });
  const runs = rows.map((row) => ({
    id: row.id,
    name: row.name,
    state: row.state,
    attempts: row.retry_count + (row.started_on ? 1 : 0),
    retryLimit: row.retry_limit,
    createdOn: row.created_on,
    startedOn: row.started_on,
    completedOn: row.completed_on,
    startAfter: row.start_after,
    output: outputOf(row.state, row.output),
  }));
  return { started: true, kinds, runs };
}
