import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { createFromSnapshot, updateFromSnapshot } from "./apply-organization";
import { issuesByField } from "./form-input";
import type { OrganizationSnapshot } from "./organization-schema";
import { rowToSnapshot, snapshotSelect } from "./organization-snapshot";
import { refusedAsResult } from "./forbidden-result";
import type { CurationResult } from "./result";
import { approveSchema, rejectSchema } from "./review-schema";
import { conflictFields } from "./submit-organization";

type Options = { ipAddress?: string | null };

async function loadPending(revisionId: string) {
  const revision = await db.revision.findUnique({
    where: { id: revisionId },
    select: { id: true, entityType: true, entityId: true, status: true, snapshot: true, baseVersion: true, diasporaIds: true },
  });
  if (!revision || revision.entityType !== "organization" || revision.status !== "PENDING") return null;
  const existing = revision.entityId ? await db.organization.findUnique({ where: { id: revision.entityId }, select: snapshotSelect }) : null;
  const diasporaIds = [...new Set([...revision.diasporaIds, ...(existing?.diasporas.map((d) => d.diasporaId) ?? [])])];
  return { ...revision, snapshot: revision.snapshot as OrganizationSnapshot, existing, diasporaIds };
}

/** Claims the pending revision inside the transaction, so two reviewers cannot both decide it. */
async function claim(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], id: string, data: { status: "APPROVED" | "REJECTED"; reviewerId: string; comment?: string; entityId?: string }) {
  const { count } = await tx.revision.updateMany({ where: { id, status: "PENDING" }, data: { ...data, reviewedAt: new Date() } });
  if (count !== 1) throw new Conflict("notPending");
}

/** A moderator publishes a pending revision: creates or updates the organization, unless it moved on meanwhile. */
async function approveRevisionUnchecked(actor: Actor | null, values: Record<string, unknown>, options: Options = {}): Promise<CurationResult> {
  const parsed = approveSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "invalid" };
  const revision = await loadPending(parsed.data.revisionId);
  if (!revision) return { ok: false, fieldErrors: {}, formError: "notPending" };
  await assertCan(actor, "approve:revision", { type: "revision", id: revision.id, diasporaIds: revision.diasporaIds }, options);
  if (revision.entityId && !revision.existing) return { ok: false, fieldErrors: {}, formError: "notFound" };
  if (revision.existing && revision.existing.version !== revision.baseVersion) {
    return { ok: false, fieldErrors: {}, formError: "staleVersion", conflict: conflictFields(rowToSnapshot(revision.existing), revision.snapshot) };
  }
  try {
    const entityId = await db.$transaction(async (tx) => {
      const id = revision.existing
        ? (await updateFromSnapshot(tx, revision.existing.id, revision.baseVersion, revision.snapshot), revision.existing.id)
        : await createFromSnapshot(tx, revision.snapshot);
      await claim(tx, revision.id, { status: "APPROVED", reviewerId: actor!.userId, entityId: id });
      await recordAudit({ action: "revision.approved", actorId: actor!.userId, actorEmail: actor!.email, targetType: "revision", targetId: revision.id, ipAddress: options.ipAddress, details: { entityType: "organization", entityId: id, slug: revision.snapshot.slug } }, tx);
      return id;
    });
    return { ok: true, revisionId: revision.id, entityId, slug: revision.snapshot.slug };
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, fieldErrors: {}, formError: error.code };
    throw error;
  }
}

/** A moderator sends a pending revision back with a comment the curator sees on their dashboard. */
async function rejectRevisionUnchecked(actor: Actor | null, values: Record<string, unknown>, options: Options = {}): Promise<CurationResult> {
  const parsed = rejectSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: issuesByField(parsed.error) };
  const revision = await loadPending(parsed.data.revisionId);
  if (!revision) return { ok: false, fieldErrors: {}, formError: "notPending" };
  await assertCan(actor, "reject:revision", { type: "revision", id: revision.id, diasporaIds: revision.diasporaIds }, options);
  try {
    await db.$transaction(async (tx) => {
      await claim(tx, revision.id, { status: "REJECTED", reviewerId: actor!.userId, comment: parsed.data.comment });
      await recordAudit({ action: "revision.rejected", actorId: actor!.userId, actorEmail: actor!.email, targetType: "revision", targetId: revision.id, ipAddress: options.ipAddress, details: { entityType: "organization", entityId: revision.entityId, slug: revision.snapshot.slug } }, tx);
    });
    return { ok: true, revisionId: revision.id, entityId: revision.entityId, slug: revision.snapshot.slug };
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, fieldErrors: {}, formError: error.code };
    throw error;
  }
}

/** See approveRevisionUnchecked; refusals come back as { ok: false, formError: "forbidden" }. */
export const approveRevision = (actor: Actor | null, values: Record<string, unknown>, options: Options = {}): Promise<CurationResult> => refusedAsResult(() => approveRevisionUnchecked(actor, values, options));

/** See rejectRevisionUnchecked; refusals come back as { ok: false, formError: "forbidden" }. */
export const rejectRevision = (actor: Actor | null, values: Record<string, unknown>, options: Options = {}): Promise<CurationResult> => refusedAsResult(() => rejectRevisionUnchecked(actor, values, options));
