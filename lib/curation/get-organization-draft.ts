import "server-only";
import { db } from "@/lib/db/client";
import type { OrganizationSnapshot } from "./organization-schema";
import { rowToSnapshot, snapshotSelect } from "./organization-snapshot";

export type OrganizationDraft = { id: string; version: number; snapshot: OrganizationSnapshot };

/** The published organization's editable fields and version, for the edit form; null for an unknown slug. */
export async function getOrganizationDraft(slug: string): Promise<OrganizationDraft | null> {
  const row = await db.organization.findUnique({ where: { slug }, select: snapshotSelect });
  return row ? { id: row.id, version: row.version, snapshot: rowToSnapshot(row) } : null;
}
