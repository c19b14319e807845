import "server-only";
import { Conflict } from "@/lib/errors";
import { parsePartialDate } from "@/lib/events/partial-date";
import { uniqueOr } from "@/lib/curation/unique-conflict";
import type { EventSnapshot } from "./schema";
import type { Tx } from "@/lib/curation/kinds/types";

function relations(snapshot: EventSnapshot) {
  return {
    translations: { createMany: { data: snapshot.translations } },
    organizers: { createMany: { data: snapshot.organizerIds.map((organizationId) => ({ organizationId })) } },
    diasporas: { createMany: { data: snapshot.diasporaIds.map((diasporaId) => ({ diasporaId })) } },
  };
}

/** The stored columns: the first day of each period, and one precision (the start's; the schema makes the end's equal). */
function scalars(s: EventSnapshot) {
  const start = s.start ? parsePartialDate(s.start) : null;
  const end = start && s.end ? parsePartialDate(s.end) : null;
  return {
    type: s.type,
    startDate: start?.date ?? null,
    endDate: end?.date ?? null,
    datePrecision: start?.precision ?? "DAY",
    // Undefined (a revision saved before the field existed) leaves it unchanged.
    dateBasis: s.dateBasis,
    countryCode: s.countryCode,
    onlineUrl: s.onlineUrl,
  } as const;
}

/** Publishes a new event from an approved snapshot; returns its id. */
export async function createEventFromSnapshot(tx: Tx, snapshot: EventSnapshot): Promise<string> {
  const taken = await tx.event.findUnique({ where: { slug: snapshot.slug }, select: { id: true } });
  if (taken) throw new Conflict("slugTaken");
  // Two approvals of new events with one slug can both pass the read above; the unique index decides.
  const created = await uniqueOr("slugTaken", () =>
    tx.event.create({
      data: { slug: snapshot.slug, ...scalars(snapshot), version: 1, ...relations(snapshot) },
      select: { id: true },
    }),
  );
  return created.id;
}

/**
 * Replaces the published event's editable fields with the snapshot, only if it is still at `baseVersion` (a
 * conditional update, so two approvals racing cannot both win). Its sources/citations are left as they are.
 */
export async function updateEventFromSnapshot(
  tx: Tx,
  id: string,
  baseVersion: number,
  snapshot: EventSnapshot,
): Promise<void> {
  const { count } = await tx.event.updateMany({
    where: { id, version: baseVersion },
    data: { ...scalars(snapshot), version: { increment: 1 } },
  });
  if (count !== 1) throw new Conflict("staleVersion");
  await tx.eventTranslation.deleteMany({ where: { eventId: id } });
  await tx.eventOrganizer.deleteMany({ where: { eventId: id } });
  await tx.eventDiaspora.deleteMany({ where: { eventId: id } });
  await tx.event.update({ where: { id }, data: relations(snapshot), select: { id: true } });
}
