import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Stored } from "@/lib/curation/kinds/types";
import type { SourceSnapshot } from "./schema";

const diasporaIds = { select: { diasporaId: true } } as const;

export const sourceSnapshotSelect = {
  id: true,
  version: true,
  key: true,
  authors: true,
  title: true,
  publication: true,
  volume: true,
  issue: true,
  pages: true,
  place: true,
  publisher: true,
  year: true,
  doi: true,
  url: true,
  archiveUrl: true,
  accessedOn: true,
  note: true,
  organizations: { select: { organization: { select: { diasporas: diasporaIds } } } },
  events: { select: { event: { select: { diasporas: diasporaIds } } } },
  diasporas: diasporaIds,
  presences: diasporaIds,
} satisfies Prisma.SourceSelect;

export type SourceSnapshotRow = Prisma.SourceGetPayload<{ select: typeof sourceSnapshotSelect }>;

/** The published source's fields in the shape a revision stores, with the diasporas citing it (its scope). */
export function storedSource(row: SourceSnapshotRow): Stored<SourceSnapshot> {
  const citedIn = [
    ...row.organizations.flatMap((c) => c.organization.diasporas),
    ...row.events.flatMap((c) => c.event.diasporas),
    ...row.diasporas,
    ...row.presences,
  ].map((d) => d.diasporaId);
  return {
    id: row.id,
    version: row.version,
    snapshot: {
      key: row.key,
      authors: row.authors,
      title: row.title,
      publication: row.publication,
      volume: row.volume,
      issue: row.issue,
      pages: row.pages,
      place: row.place,
      publisher: row.publisher,
      year: row.year,
      doi: row.doi,
      url: row.url,
      archiveUrl: row.archiveUrl,
      accessedOn: row.accessedOn ? row.accessedOn.toISOString().slice(0, 10) : null,
      note: row.note,
      citedIn: [...new Set(citedIn)].sort(),
    },
  };
}
