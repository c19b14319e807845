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
  inferredFrom: true,
  sourceId: true,
  locator: true,
} satisfies Prisma.DiasporaPresenceSelect;

export type PresenceSnapshotRow = Prisma.DiasporaPresenceGetPayload<{ select: typeof presenceSnapshotSelect }>;

/** The published figure's editable fields in the same shape a revision stores. */
const texts = (value: Prisma.JsonValue | null): Record<string, string> => {
  const record = value && typeof value === "object" && !Array.isArray(value) ? value : {};
  return sortedNote(
    Object.fromEntries(
      Object.entries(record).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
    ),
  );
};

export function presenceRowToSnapshot(row: PresenceSnapshotRow): PresenceSnapshot {
  return {
    diasporaId: row.diasporaId,
    countryCode: row.countryCode,
    population: row.population,
    year: row.year,
    note: texts(row.note),
    inferredFrom: texts(row.inferredFrom),
    sourceId: row.sourceId,
    locator: row.locator,
  };
}

export const storedPresence = (row: PresenceSnapshotRow): Stored<PresenceSnapshot> => ({
  id: row.id,
  version: row.version,
  snapshot: presenceRowToSnapshot(row),
});
