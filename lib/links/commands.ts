import "server-only";
// Asking for an organization's links to be checked now: a curator after fixing an address (or to confirm one is
// back), and the review of a revision once it publishes new addresses. The check runs as a job (LINK_CHECK_JOB).
import { z } from "zod";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { jobRunner } from "@/lib/jobs/app-runner";
import { JOB_SCHEMA } from "@/lib/jobs/runner";
import { LINK_CHECK_JOB } from "./job";

export type LinkCommandResult =
  | { ok: true }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: "unknownOrganization" | "alreadyPending" };

/**
 * Queues a check of the organization's links (those given, or all of them), unless one is waiting or running.
 * False when one was.
 */
export async function queueLinkCheck(organizationId: string, urls: string[] | null): Promise<boolean> {
  const [{ pending } = { pending: 0 }] = await db.$queryRawUnsafe<{ pending: number }[]>(
    `SELECT count(*)::int AS pending FROM ${JOB_SCHEMA}.job
      WHERE name = $1 AND data->>'organizationId' = $2 AND state IN ('created', 'retry', 'active')`,
    LINK_CHECK_JOB,
    organizationId,
  );
  if (pending > 0) return false;
  const { boss } = await jobRunner();
  await boss.send(LINK_CHECK_JOB, { organizationId, urls });
  return true;
}

const checkSchema = z.object({ organizationId: z.uuid("unknownOrganization") });

/** A curator (in scope) asks for every address of an organization to be checked again now. */
export async function checkLinksAgain(
  actor: Actor | null,
  values: Record<string, unknown>,
  context: { ipAddress?: string | null },
): Promise<LinkCommandResult> {
  const parsed = checkSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  const organization = await db.organization.findUnique({
    where: { id: parsed.data.organizationId },
    select: { id: true, slug: true, diasporas: { select: { diasporaId: true } } },
  });
  if (!organization) return { ok: false, fieldErrors: {}, formError: "unknownOrganization" };
  const diasporaIds = organization.diasporas.map((d) => d.diasporaId);
  await assertCan(actor, "update:organization", { type: "organization", id: organization.id, diasporaIds }, context);
  if (!(await queueLinkCheck(organization.id, null)))
    return { ok: false, fieldErrors: {}, formError: "alreadyPending" };
  await recordAudit({
    action: "links.check_requested",
    actorId: actor!.userId,
    actorEmail: actor!.email,
    targetType: "organization",
    targetId: organization.id,
    ipAddress: context.ipAddress ?? null,
    details: { slug: organization.slug },
  });
  return { ok: true };
}
