import "server-only";
import type { Tx } from "@/lib/curation/kinds/types";
import { uniqueOr } from "@/lib/curation/unique-conflict";
import { Conflict } from "@/lib/errors";
import type { SourceSnapshot } from "./schema";

/** The stored columns of a snapshot (the key is set once, at creation). */
const columns = (s: SourceSnapshot) => ({
  authors: s.authors,
  title: s.title,
  publication: s.publication,
  volume: s.volume,
  issue: s.issue,
  pages: s.pages,
  place: s.place,
  publisher: s.publisher,
  year: s.year,
  doi: s.doi,
  url: s.url,
  archiveUrl: s.archiveUrl ?? null,
  accessedOn: s.accessedOn ? new Date(`${s.accessedOn}T00:00:00Z`) : null,
  note: s.note,
});

/** Publishes a new source from an approved snapshot; returns its id. */
export async function createSourceFromSnapshot(tx: Tx, snapshot: SourceSnapshot): Promise<string> {
  if (await tx.source.findUnique({ where: { key: snapshot.key }, select: { id: true } }))
    throw new Conflict("keyTaken");
  const created = await uniqueOr("keyTaken", () =>
    tx.source.create({ data: { key: snapshot.key, ...columns(snapshot), version: 1 }, select: { id: true } }),
  );
  return created.id;
}

/** Replaces the published source's fields if it is still at `baseVersion`; throws Conflict("staleVersion") otherwise. */
export async function updateSourceFromSnapshot(
  tx: Tx,
  id: string,
  baseVersion: number,
  snapshot: SourceSnapshot,
): Promise<void> {
  const { count } = await tx.source.updateMany({
    where: { id, version: baseVersion },
    data: { ...columns(snapshot), version: { increment: 1 } },
  });
  if (count !== 1) throw new Conflict("staleVersion");
}
