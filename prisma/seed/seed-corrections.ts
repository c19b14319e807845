// Corrections of seed records for databases loaded by an earlier seed. The seed never overwrites, so a fresh
// database gets the corrected record from seedDatabase; an existing one gets it here, as an approved revision
// whose comment says what changed and where that comes from, so the history shows it like any moderated edit.
// A row is corrected only while it still holds the old values (`replaces`): a curator's edit is never undone,
// and a second run finds nothing to do.
import type { SourceSnapshot } from "../../lib/sources/schema";
import type { Database } from "../../lib/db/connect";
import type { SeedData } from "./seed-schema";

type SeedSource = SeedData["sources"][number];

const snapshotOf = (s: SeedSource): SourceSnapshot => ({
  key: s.key,
  authors: s.authors ?? null,
  title: s.title,
  publication: s.publication ?? null,
  volume: s.volume ?? null,
  issue: s.issue ?? null,
  pages: s.pages ?? null,
  place: s.place ?? null,
  publisher: s.publisher ?? null,
  year: s.year ?? null,
  doi: s.doi ?? null,
  url: s.url ?? null,
  accessedOn: s.accessedOn ?? null,
  note: s.note ?? null,
  citedIn: [],
});

/** Publishes each pending seed correction; returns the keys of the sources corrected. */
export async function applySeedCorrections(db: Database, data: SeedData): Promise<string[]> {
  const corrected: string[] = [];
  for (const source of data.sources) {
    if (!source.revisionNote || !source.replaces) continue;
    const row = await db.source.findUnique({
      where: { key: source.key },
      select: { id: true, version: true, title: true, authors: true },
    });
    if (!row) continue;
    const old = source.replaces;
    if (Object.entries(old).some(([field, value]) => row[field as keyof typeof old] !== value)) continue;
    const snapshot = snapshotOf(source);
    const { citedIn: _, key: __, accessedOn, ...columns } = snapshot;
    await db.$transaction(async (tx) => {
      // Conditional on the version read: an approval racing with this start-up wins and the correction waits.
      const { count } = await tx.source.updateMany({
        where: { id: row.id, version: row.version },
        data: {
          ...columns,
          accessedOn: accessedOn ? new Date(`${accessedOn}T00:00:00Z`) : null,
          version: { increment: 1 },
        },
      });
      if (count !== 1) return;
      await tx.revision.create({
        data: {
          entityType: "source",
          entityId: row.id,
          status: "APPROVED",
          snapshot,
          baseVersion: row.version,
          diasporaIds: [],
          comment: source.revisionNote,
          reviewedAt: new Date(),
        },
      });
      corrected.push(source.key);
    });
  }
  return corrected;
}
