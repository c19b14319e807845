import "server-only";
// An admin's commands on the job queue, called by the server actions in ./actions.ts: run a scheduled job now,
// retry a failed run. Each validates, checks the permission (a refusal is audited), acts through pg-boss and
// records what it did in the audit log.
import { z } from "zod";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { JOB_NAMES, jobDefinition } from "./definitions";
import { jobRunner } from "./app-runner";
import { JOB_SCHEMA } from "./runner";

type Values = Record<string, string | string[]>;
export type JobContext = { ipAddress?: string | null };
export type JobCommandResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

const name = z.string().refine((value) => JOB_NAMES.includes(value), "unknownJob");
// A job that needs data only the app gives it (one calendar's read) is not run by hand.
const runnable = z.string().refine((value) => jobDefinition(value)?.runByHand === true, "unknownJob");
export const runJobSchema = z.object({ name: runnable });
export const retryJobSchema = z.object({ name, id: z.uuid("unknownRun") });

/** Queues a run of a job now, unless one is already waiting or running. */
export async function runJobNow(actor: Actor | null, values: Values, context: JobContext): Promise<JobCommandResult> {
  const parsed = runJobSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  await assertCan(actor, "manage:jobs", undefined, context);
  const [{ pending } = { pending: 0 }] = await db.$queryRawUnsafe<{ pending: number }[]>(
    `SELECT count(*)::int AS pending FROM ${JOB_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
    parsed.data.name,
  );
  if (pending > 0) return { ok: false, fieldErrors: {}, formError: "alreadyPending" };
  const { boss } = await jobRunner();
  const id = await boss.send(parsed.data.name, { requestedBy: actor!.userId });
  await recordAudit({
    action: "job.run_requested",
    actorId: actor!.userId,
    actorEmail: actor!.email,
    targetType: "job",
    targetId: id,
    ipAddress: context.ipAddress,
    details: { name: parsed.data.name },
  });
  return { ok: true };
}

/** Puts a failed run back in its queue, with one more attempt than it had. */
export async function retryJob(actor: Actor | null, values: Values, context: JobContext): Promise<JobCommandResult> {
  const parsed = retryJobSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  await assertCan(actor, "manage:jobs", undefined, context);
  const { boss } = await jobRunner();
  // pg-boss's types say void; it answers how many runs it changed (only a failed one changes).
  const { affected } = (await boss.retry(parsed.data.name, parsed.data.id)) as unknown as { affected: number };
  if (affected === 0) return { ok: false, fieldErrors: {}, formError: "notFailed" };
  await recordAudit({
    action: "job.retried",
    actorId: actor!.userId,
    actorEmail: actor!.email,
    targetType: "job",
    targetId: parsed.data.id,
    ipAddress: context.ipAddress,
    details: { name: parsed.data.name },
  });
  return { ok: true };
}
