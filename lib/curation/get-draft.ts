import "server-only";
import { db } from "@/lib/db/client";
import type { CurationKind } from "./kinds/types";
import { uuid } from "./validation";

const isUuid = (value: string) => uuid.safeParse(value).success;

/** What a form starts from; `id` null: a new entry (a returned proposal of one, reopened). */
export type Draft<S> = { id: string | null; version: number; snapshot: S; fromPendingRevision: boolean };

/** A revision a moderator returned, reopened by its author: the form starts from what they proposed. */
export type ReturnedDraft<S> = Draft<S> & { revisionId: string; comment: string | null; reviewedAt: string | null };

/**
 * What an edit form starts from: the author's own pending revision of the entry when there is one (with the
 * version that revision started from, so a save over a newer publication still conflicts), otherwise the
 * published fields and version. Null for an unknown reference.
 */
export async function getDraft<S>(kind: CurationKind<S>, ref: string, authorId: string): Promise<Draft<S> | null> {
  const stored = await kind.find(db, ref);
  if (!stored) return null;
  const pending = await db.revision.findFirst({
    where: { entityType: kind.type, entityId: stored.id, authorId, status: "PENDING" },
    orderBy: { createdAt: "desc" },
    select: { snapshot: true, baseVersion: true },
  });
  if (pending)
    return { id: stored.id, version: pending.baseVersion, snapshot: pending.snapshot as S, fromPendingRevision: true };
  return { ...stored, fromPendingRevision: false };
}

/**
 * The author's own returned (rejected) revision of `kind`, as a draft to fix and send again: its proposed values,
 * and the version it started from, so a save over an entry published since then shows the conflict instead of
 * overwriting it. Null for anyone else's revision, another status or another kind. A new entry's has id null.
 */
export async function getReturnedDraft<S>(
  kind: CurationKind<S>,
  revisionId: string,
  authorId: string,
): Promise<ReturnedDraft<S> | null> {
  if (!isUuid(revisionId)) return null;
  const row = await db.revision.findFirst({
    where: { id: revisionId, entityType: kind.type, authorId, status: "REJECTED" },
    select: { id: true, entityId: true, snapshot: true, baseVersion: true, comment: true, reviewedAt: true },
  });
  if (!row) return null;
  return {
    id: row.entityId,
    version: row.baseVersion,
    snapshot: row.snapshot as S,
    fromPendingRevision: false,
    revisionId: row.id,
    comment: row.comment,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  };
}
