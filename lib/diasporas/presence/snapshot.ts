import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Stored } from "@/lib/curation/kinds/types";
import { sortedNote, type PresenceSnapshot } from "./schema";

export const presenceSnapshotSelect = {
  id: true,
  version: true,
  diasporaId: true,
  countryCode: true,
  population: true,
  year: true,
  note: true,
  sourceId: true,
  locator: true,
} satisfies Prisma.DiasporaPresenceSelect;

export type PresenceSnapshotRow = Prisma.DiasporaPresenceGetPayload<{ select: typeof presenceSnapshotSelect }>;

/** The published figure's editable fields in the same shape a revision stores. */
export function presenceRowToSnapshot(row: PresenceSnapshotRow): PresenceSnapshot {
  const note = row.note && typeof row.note === "object" && !Array.isArray(row.note) ? row.note : {};
  return {
    diasporaId: row.diasporaId,
    countryCode: row.countryCode,
    population: row.population,
    year: row.year,
    note: sortedNote(
      Object.fromEntries(
        Object.entries(note).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
      ),
    ),
    sourceId: row.sourceId,
    locator: row.locator,
  };
}

export const storedPresence = (row: PresenceSnapshotRow): Stored<PresenceSnapshot> => ({
  id: row.id,
  version: row.version,
  snapshot: presenceRowToSnapshot(row),
});
