import "server-only";
import { db } from "@/lib/db/client";
import type { CurationKind } from "./kinds/types";

export type Draft<S> = { id: string; version: number; snapshot: S; fromPendingRevision: boolean };

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
