// Events dated only by the report that describes them (issue #13, item 2; decision 0024) for databases loaded
// before Event.dateBasis existed: the column defaulted to STATED. A fresh database gets REPORT from seedDatabase; here
// each seed event with `dateBasis: "REPORT"` gets it as an approved revision whose comment is the seed's
// `dateBasisNote`, as any moderated edit. Only while the event still has the seed's start date (a curator who
// corrected the date knows more than the report), and only while no approved revision has decided the basis yet:
// every revision since the field existed records it (ours included), so a second run finds nothing to do and a
// curator's later choice is never overwritten.
import type { Database } from "../../lib/db/connect";
import type { Prisma } from "../../lib/db/generated/client";
import { eventSnapshotSelect } from "../../lib/events/snapshot-select";
import type { SeedData } from "./seed-schema";

// What the correction reads of an event: the select its snapshots are made from.
const eventSelect = eventSnapshotSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

const isoPart = (date: Date | null, precision: "DAY" | "MONTH" | "YEAR") =>
  date ? date.toISOString().slice(0, precision === "YEAR" ? 4 : precision === "MONTH" ? 7 : 10) : null;

/** The event as a revision stores it (lib/events/snapshot.ts builds it the same way). */
function snapshotOf(row: EventRow, slug: string) {
  return {
    slug,
    type: row.type,
    start: isoPart(row.startDate, row.datePrecision),
    end: row.startDate ? isoPart(row.endDate, row.datePrecision) : null,
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

/** Whether an approved revision of the event already says what its date stands for. */
async function decided(db: Database, eventId: string): Promise<boolean> {
  const revisions = await db.revision.findMany({
    where: { entityType: "event", entityId: eventId, status: "APPROVED" },
    select: { snapshot: true },
  });
  return revisions.some(
    (r) => typeof r.snapshot === "object" && r.snapshot !== null && "dateBasis" in (r.snapshot as object),
  );
}

/** Marks the seed's report-dated events on an existing database; returns their slugs. */
export async function recordDateBasis(db: Database, data: SeedData): Promise<string[]> {
  const done: string[] = [];
  for (const e of data.events) {
    if (e.dateBasis !== "REPORT" || !e.dateBasisNote) continue;
    const row = await db.event.findUnique({ where: { slug: e.slug }, select: eventSelect });
    if (!row || row.dateBasis === "REPORT") continue;
    if (isoPart(row.startDate, row.datePrecision) !== e.start) continue;
    if (await decided(db, row.id)) continue;
    const comment = e.dateBasisNote;
    await db.$transaction(async (tx) => {
      const { count } = await tx.event.updateMany({
        where: { id: row.id, version: row.version },
        data: { dateBasis: "REPORT", version: { increment: 1 } },
      });
      if (count !== 1) return;
      const snapshot = snapshotOf({ ...row, dateBasis: "REPORT" }, e.slug);
      await tx.revision.create({
        data: {
          entityType: "event",
          entityId: row.id,
          status: "APPROVED",
          snapshot,
          baseVersion: row.version,
          diasporaIds: snapshot.diasporaIds,
          comment,
          reviewedAt: new Date(),
        },
        select: { id: true },
      });
      done.push(e.slug);
    });
  }
  return done;
}
