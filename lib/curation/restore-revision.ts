import "server-only";
import { refuseUnknownTarget, refuseWithoutRole } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { kindOf } from "./kinds";
import type { CurationResult } from "./result";
import { restoreSchema } from "./review-schema";
import { conflictFields, submitRevision, type SubmitOptions } from "./submit-revision";

/**
 * Restores an old revision of a published entry: its content becomes a new pending revision, based on the
 * version the history page showed (so restoring over a newer publication is a conflict, like any edit), checked
 * and reviewed exactly like a curator's save. The old revision itself is left as it was.
 */
export async function restoreRevision(
  actor: Actor | null,
  values: Record<string, unknown>,
  options: SubmitOptions = {},
): Promise<CurationResult> {
  const noRole = await refuseWithoutRole(actor, "submit:revision", options);
  if (noRole) return { ok: false, fieldErrors: {}, formError: noRole };
  const parsed = restoreSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "invalid" };
  const revision = await db.revision.findUnique({
    where: { id: parsed.data.revisionId },
    select: { id: true, entityType: true, entityId: true, snapshot: true },
  });
  const kind = revision && kindOf(revision.entityType);
  if (!revision || !kind || !revision.entityId) {
    return {
      ok: false,
      fieldErrors: {},
      formError: await refuseUnknownTarget(
        actor,
        "update:organization",
        { type: "revision", id: parsed.data.revisionId },
        options,
      ),
    };
  }
  const stored = await kind.load(db, revision.entityId);
  if (!stored) return { ok: false, fieldErrors: {}, formError: "notFound" };
  if (conflictFields(kind, stored.snapshot, revision.snapshot).length === 0)
    return { ok: false, fieldErrors: {}, formError: "sameAsPublished" };
  const form = kind.toValues(revision.snapshot, { id: revision.entityId, version: parsed.data.version });
  return submitRevision(kind, actor, form, { ...options, restoredFrom: revision.id });
}
