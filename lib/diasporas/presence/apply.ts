import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/curation/kinds/types";
import { Conflict } from "@/lib/errors";
import type { PresenceSnapshot } from "./schema";

const data = (s: PresenceSnapshot) => ({
  diasporaId: s.diasporaId,
  countryCode: s.countryCode,
  population: s.population,
  year: s.year,
  note: Object.keys(s.note).length ? s.note : Prisma.DbNull,
  // A revision stored before the field existed leaves what the row holds.
  ...(s.inferredFrom ? { inferredFrom: Object.keys(s.inferredFrom).length ? s.inferredFrom : Prisma.DbNull } : {}),
  sourceId: s.sourceId,
  locator: s.locator,
});

/** The unique index still guards dated figures against a race between two approvals. */
async function uniquely<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new Conflict("presenceTaken");
    throw error;
  }
}

/** Publishes a new population figure from an approved snapshot; returns its id. */
export async function createPresenceFromSnapshot(tx: Tx, snapshot: PresenceSnapshot): Promise<string> {
  const created = await uniquely(() =>
    tx.diasporaPresence.create({ data: { ...data(snapshot), version: 1 }, select: { id: true } }),
  );
  return created.id;
}

/** Replaces the published figure if it is still at `baseVersion`; throws Conflict("staleVersion") otherwise. */
export async function updatePresenceFromSnapshot(
  tx: Tx,
  id: string,
  baseVersion: number,
  snapshot: PresenceSnapshot,
): Promise<void> {
  const { count } = await uniquely(() =>
    tx.diasporaPresence.updateMany({
      where: { id, version: baseVersion },
      data: { ...data(snapshot), version: { increment: 1 } },
    }),
  );
  if (count !== 1) throw new Conflict("staleVersion");
}
