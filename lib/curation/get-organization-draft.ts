import "server-only";
import { db } from "@/lib/db/client";
import type { OrganizationSnapshot } from "./organization-schema";
import { rowToSnapshot, snapshotSelect } from "./organization-snapshot";

export type OrganizationDraft = { id: string; version: number; snapshot: OrganizationSnapshot; fromPendingRevision: boolean };

/**
 * What the edit form starts from: the author's own pending revision of the organization when there is one (with
 * the version that revision started from, so a save over a newer publication still conflicts), otherwise the
 * published fields and version. Null for an unknown slug.
 */
export async function getOrganizationDraft(slug: string, authorId: string): Promise<OrganizationDraft | null> {
  const row = await db.organization.findUnique({ where: { slug }, select: snapshotSelect });
  if (!row) return null;
  const pending = await db.revision.findFirst({
    where: { entityType: "organization", entityId: row.id, authorId, status: "PENDING" },
    orderBy: { createdAt: "desc" },
    select: { snapshot: true, baseVersion: true },
  });
  if (pending) return { id: row.id, version: pending.baseVersion, snapshot: pending.snapshot as OrganizationSnapshot, fromPendingRevision: true };
  return { id: row.id, version: row.version, snapshot: rowToSnapshot(row), fromPendingRevision: false };
}
