import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/curation/kinds/types";

export type ImportSource = { id: string; key: string };

/**
 * The Source every entry of one import cites: the file, who imported it and when. Its key is slug-like and unique
 * (import-20250301-142233-3fa1), so it shows in reference lists and the source curation pages like any other.
 */
export async function createImportSource(tx: Tx, fileName: string, actor: Actor, now: Date): Promise<ImportSource> {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  const key = `import-${stamp}-${randomBytes(2).toString("hex")}`;
  return tx.source.create({
    data: {
      key,
      title: fileName,
      authors: actor.name,
      publisher: "Diaspora Atlas",
      year: now.getUTCFullYear(),
      accessedOn: new Date(now.toISOString().slice(0, 10)),
      note: `Imported by ${actor.email} on ${now.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    },
    select: { id: true, key: true },
  });
}

/** Cites the import's source on the entry, after its existing citations; the locator is the row of the file. */
export async function citeImport(
  tx: Tx,
  entityType: string,
  entityId: string,
  sourceId: string,
  facts: string[],
  row: number,
): Promise<void> {
  const locator = `row ${row}`;
  if (entityType === "organization") {
    const position = await tx.organizationSource.count({ where: { organizationId: entityId } });
    await tx.organizationSource.create({ data: { organizationId: entityId, sourceId, facts, locator, position } });
  } else {
    const position = await tx.eventSource.count({ where: { eventId: entityId } });
    await tx.eventSource.create({ data: { eventId: entityId, sourceId, facts, locator, position } });
  }
}

/** An approved revision by the importing admin, so the entry's history shows the import like any other change. */
export async function recordImportRevision(
  tx: Tx,
  entry: { entityType: string; entityId: string; snapshot: object; baseVersion: number; diasporaIds: string[] },
  actor: Actor,
  comment: string,
): Promise<void> {
  await tx.revision.create({
    data: {
      ...entry,
      status: "APPROVED",
      authorId: actor.userId,
      reviewerId: actor.userId,
      reviewedAt: new Date(),
      comment,
    },
  });
}
