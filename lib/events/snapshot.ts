import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { formatPartialDate } from "@/lib/events/partial-date";
import type { EventSnapshot } from "./schema";
import { eventSnapshotSelect } from "./snapshot-select";

export { eventSnapshotSelect };

export type EventSnapshotRow = Prisma.EventGetPayload<{ select: typeof eventSnapshotSelect }>;

/** The published event's editable fields in the same shape a revision stores. */
export function eventRowToSnapshot(row: EventSnapshotRow): EventSnapshot {
  const partial = (date: Date | null) => (date ? formatPartialDate({ date, precision: row.datePrecision }) : null);
  return {
    slug: row.slug,
    type: row.type,
    start: partial(row.startDate),
    end: row.startDate ? partial(row.endDate) : null,
    dateBasis: row.dateBasis,
    translations: row.translations
      .filter((t) => t.title || t.description || t.city || t.recurrence)
      .map((t) => ({
        ...t,
        titleProvenance: t.title ? t.titleProvenance : null,
        descriptionProvenance: t.description ? t.descriptionProvenance : null,
      })),
    countryCode: row.countryCode,
    onlineUrl: row.onlineUrl,
    organizerIds: row.organizers.map((o) => o.organizationId).sort(),
    diasporaIds: row.diasporas.map((d) => d.diasporaId).sort(),
  };
}
