import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, refuseUnknownTarget, refuseWithoutRole } from "@/lib/auth/assert-can";
import { hasRole, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { issuesByField } from "@/lib/organizations/form-values";
import { refusedAsResult } from "./forbidden-result";
import { linksOutsideScope } from "./link-scope";
import { kindOf } from "./kinds";
import type { CurationKind, Tx } from "./kinds/types";
import type { CurationResult } from "./result";
import { approveSchema, rejectSchema } from "./review-schema";
import { citeApprovedPublicProposal } from "@/lib/proposals/cite";
import { citeApprovedProposal } from "@/lib/subscriptions/cite";
import { conflictFields } from "./submit-revision";

type Options = { ipAddress?: string | null };

async function loadPending(revisionId: string) {
  const revision = await db.revision.findUnique({
    where: { id: revisionId },
    select: {
      id: true,
      entityType: true,
      entityId: true,
      status: true,
      snapshot: true,
      baseVersion: true,
      diasporaIds: true,
      authorId: true,
      unsourcedFacts: true,
    },
  });
  const kind = revision && kindOf(revision.entityType);
  if (!revision || !kind || revision.status !== "PENDING") return null;
  const existing = revision.entityId ? await kind.load(db, revision.entityId) : null;
  const diasporaIds = [...new Set([...revision.diasporaIds, ...(existing ? kind.scope(existing.snapshot) : [])])];
  return { ...revision, kind, existing, diasporaIds };
}

/** A decided revision is "notPending" (a second click); an id that names no revision at all is a refused, audited probe. */
async function notPending(
  actor: Actor | null,
  permission: "approve:revision" | "reject:revision",
  revisionId: string,
  options: Options,
) {
  if (await db.revision.count({ where: { id: revisionId } })) return "notPending";
  return refuseUnknownTarget(actor, permission, { type: "revision", id: revisionId }, options);
}

/**
 * Claims the pending revision inside the transaction, so two reviewers cannot both decide it: the second one's
 * UPDATE waits on the first's row lock, then finds the status changed and gets notPending.
 */
async function claim(
  tx: Tx,
  id: string,
  data: { status: "APPROVED" | "REJECTED"; reviewerId: string; comment?: string; sourceWaiver?: string },
) {
  const { count } = await tx.revision.updateMany({
    where: { id, status: "PENDING" },
    data: { ...data, reviewedAt: new Date() },
  });
  if (count !== 1) throw new Conflict("notPending");
}

/**
 * Four eyes: nobody approves their own revision. The one exception is an admin's explicit "publish without review"
 * (`withoutReview`), for a deployment with a single moderator; it is audited as revision.self_published. Returns the
 * audit action to record, or the refusal (audited as permission.denied).
 */
async function reviewOf(
  actor: Actor,
  revision: { id: string; authorId: string | null; diasporaIds: string[] },
  withoutReview: boolean,
  options: Options,
) {
  if (revision.authorId !== actor.userId) return { action: "revision.approved" as const };
  if (withoutReview && hasRole(actor, "ADMIN")) return { action: "revision.self_published" as const };
  await recordAudit({
    action: "permission.denied",
    actorId: actor.userId,
    actorEmail: actor.email,
    targetType: "revision",
    targetId: revision.id,
    ipAddress: options.ipAddress,
    details: { permission: "approve:revision", reason: "ownRevision", diasporaIds: revision.diasporaIds },
  });
  return { refused: "ownRevision" as const };
}

/** A moderator publishes a pending revision: creates or updates the entry, unless it moved on meanwhile. */
async function approveRevisionUnchecked(
  actor: Actor | null,
  values: Record<string, unknown>,
  options: Options = {},
): Promise<CurationResult> {
  const noRole = await refuseWithoutRole(actor, "approve:revision", options);
  if (noRole) return { ok: false, fieldErrors: {}, formError: noRole };
  const parsed = approveSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "invalid" };
  const revision = await loadPending(parsed.data.revisionId);
  if (!revision)
    return {
      ok: false,
      fieldErrors: {},
      formError: await notPending(actor, "approve:revision", parsed.data.revisionId, options),
    };
  await assertCan(
    actor,
    "approve:revision",
    { type: "revision", id: revision.id, diasporaIds: revision.diasporaIds },
    options,
  );
  const review = await reviewOf(actor!, revision, parsed.data.withoutReview === "1", options);
  if ("refused" in review) return { ok: false, fieldErrors: {}, formError: review.refused };
  const { kind, existing } = revision;
  // Facts no source backs are published only with the moderator's recorded reason.
  const waiver = revision.unsourcedFacts.length ? parsed.data.sourceWaiver || null : null;
  if (revision.unsourcedFacts.length && !waiver)
    return { ok: false, fieldErrors: { sourceWaiver: ["sourceWaiverRequired"] }, formError: "sourceNeeded" };
  if (revision.entityId && !existing) return { ok: false, fieldErrors: {}, formError: "notFound" };
  if (existing && existing.version !== revision.baseVersion) return stale(kind, existing.snapshot, revision.snapshot);
  // The reviewer answers for the links the revision adds as much as for the entry itself.
  if (
    await linksOutsideScope(db, actor!, kind, revision.snapshot, existing, {
      ipAddress: options.ipAddress,
      revisionId: revision.id,
    })
  ) {
    return { ok: false, fieldErrors: {}, formError: "outsideScope" };
  }
  const reviewer = actor!;
  try {
    const { entityId, expires } = await db.$transaction(async (tx) => {
      // Claimed first, so of two reviewers approving one revision the second gets notPending, not a conflict.
      await claim(tx, revision.id, {
        status: "APPROVED",
        reviewerId: reviewer.userId,
        ...(waiver ? { sourceWaiver: waiver } : {}),
      });
      // A reference may have gone, or the address been taken, since the revision was saved: refuse rather than fail.
      const errors = await kind.check(tx, revision.snapshot, existing);
      if (errors) throw new Conflict(Object.values(errors)[0]?.[0] ?? "invalid");
      // The update is conditional on the base version: of approvals racing on one entry, exactly one publishes.
      const id = existing
        ? (await kind.update(tx, existing.id, revision.baseVersion, revision.snapshot), existing.id)
        : await kind.create(tx, revision.snapshot);
      if (!existing)
        await tx.revision.update({ where: { id: revision.id }, data: { entityId: id }, select: { id: true } });
      // A calendar subscription's proposal: the event cites the calendar it came from; a visitor's proposal: the
      // entry cites the page they named.
      if (kind.type === "event") await citeApprovedProposal(tx, revision.id, id);
      await citeApprovedPublicProposal(tx, revision.id, kind.type, id, reviewer);
      await recordAudit(
        {
          action: review.action,
          actorId: reviewer.userId,
          actorEmail: reviewer.email,
          targetType: "revision",
          targetId: revision.id,
          ipAddress: options.ipAddress,
          details: { entityType: kind.type, entityId: id, key: kind.key(revision.snapshot) },
        },
        tx,
      );
      if (waiver)
        await recordAudit(
          {
            action: "revision.source_waived",
            actorId: reviewer.userId,
            actorEmail: reviewer.email,
            targetType: "revision",
            targetId: revision.id,
            ipAddress: options.ipAddress,
            details: { entityType: kind.type, entityId: id, facts: revision.unsourcedFacts, reason: waiver },
          },
          tx,
        );
      // The pages that showed the entry before (links since removed) and those that show it now. Read inside the
      // transaction: nothing may fail between the commit and expiring them.
      const tags = [
        ...(existing ? await kind.cacheTags(tx, existing.snapshot) : []),
        ...(await kind.cacheTags(tx, revision.snapshot)),
      ];
      return { entityId: id, expires: [...new Set(tags)] };
    });
    const before = new Set(existing && kind.addresses ? kind.addresses(existing.snapshot) : []);
    const newAddresses = (kind.addresses?.(revision.snapshot) ?? []).filter((url) => !before.has(url));
    return { ok: true, revisionId: revision.id, entityId, slug: kind.key(revision.snapshot), expires, newAddresses };
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    // Another approval published first: the same answer, with the fields that now differ, as when it is seen before.
    const now = error.code === "staleVersion" && existing ? await kind.load(db, existing.id) : null;
    if (now) return stale(kind, now.snapshot, revision.snapshot);
    return { ok: false, fieldErrors: {}, formError: error.code };
  }
}

function stale<S>(kind: CurationKind<S>, published: S, yours: S): CurationResult {
  return { ok: false, fieldErrors: {}, formError: "staleVersion", conflict: conflictFields(kind, published, yours) };
}

/** A moderator sends a pending revision back with a comment the curator sees on their dashboard. */
async function rejectRevisionUnchecked(
  actor: Actor | null,
  values: Record<string, unknown>,
  options: Options = {},
): Promise<CurationResult> {
  const noRole = await refuseWithoutRole(actor, "reject:revision", options);
  if (noRole) return { ok: false, fieldErrors: {}, formError: noRole };
  const parsed = rejectSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: issuesByField(parsed.error) };
  const revision = await loadPending(parsed.data.revisionId);
  if (!revision)
    return {
      ok: false,
      fieldErrors: {},
      formError: await notPending(actor, "reject:revision", parsed.data.revisionId, options),
    };
  await assertCan(
    actor,
    "reject:revision",
    { type: "revision", id: revision.id, diasporaIds: revision.diasporaIds },
    options,
  );
  const reviewer = actor!;
  try {
    await db.$transaction(async (tx) => {
      await claim(tx, revision.id, { status: "REJECTED", reviewerId: reviewer.userId, comment: parsed.data.comment });
      await recordAudit(
        {
          action: "revision.rejected",
          actorId: reviewer.userId,
          actorEmail: reviewer.email,
          targetType: "revision",
          targetId: revision.id,
          ipAddress: options.ipAddress,
          details: {
            entityType: revision.kind.type,
            entityId: revision.entityId,
            key: revision.kind.key(revision.snapshot),
          },
        },
        tx,
      );
    });
    return {
      ok: true,
      revisionId: revision.id,
      entityId: revision.entityId,
      slug: revision.kind.key(revision.snapshot),
    };
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, fieldErrors: {}, formError: error.code };
    throw error;
  }
}

/** See approveRevisionUnchecked; refusals come back as { ok: false, formError: "forbidden" }. */
export const approveRevision = (
  actor: Actor | null,
  values: Record<string, unknown>,
  options: Options = {},
): Promise<CurationResult> => refusedAsResult(() => approveRevisionUnchecked(actor, values, options));

/** See rejectRevisionUnchecked; refusals come back as { ok: false, formError: "forbidden" }. */
export const rejectRevision = (
  actor: Actor | null,
  values: Record<string, unknown>,
  options: Options = {},
): Promise<CurationResult> => refusedAsResult(() => rejectRevisionUnchecked(actor, values, options));
