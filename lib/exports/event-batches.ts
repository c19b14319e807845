import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { eventConditions, type EventScope } from "@/lib/events/filter-sql";
import type { EventFilters } from "@/lib/events/filters";
import { formatPartialDate } from "@/lib/events/partial-date";
import { EXPORT_BATCH_SIZE } from "./organization-batches";
import { orderLocales, provenanceOf, textsOf, type EventRecord } from "./records";

/** The events list's filters, the stretch of time its view covers (upcoming, past, all, a month) and text matches. */
export type EventSelection = { filters: EventFilters; scope: EventScope | null; matchedIds: string[] | null };

const recordSelect = {
  id: true,
  slug: true,
  version: true,
  updatedAt: true,
  type: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  dateBasis: true,
  countryCode: true,
  onlineUrl: true,
  translations: {
    select: {
      locale: true,
      title: true,
      description: true,
      city: true,
      recurrence: true,
      titleProvenance: true,
      descriptionProvenance: true,
    },
    orderBy: { locale: "asc" },
  },
  diasporas: { select: { diaspora: { select: { slug: true } } } },
  organizers: { select: { organization: { select: { slug: true } } } },
} satisfies Prisma.EventSelect;

type Row = Prisma.EventGetPayload<{ select: typeof recordSelect }>;

function toRecord(row: Row): EventRecord {
  const partial = (date: Date | null) => (date ? formatPartialDate({ date, precision: row.datePrecision }) : null);
  return {
    id: row.id,
    slug: row.slug,
    type: row.type,
    start: partial(row.startDate),
    end: row.startDate ? partial(row.endDate) : null,
    dateBasis: row.dateBasis,
    title: textsOf(row.translations, "title"),
    description: textsOf(row.translations, "description"),
    city: textsOf(row.translations, "city"),
    recurrence: textsOf(row.translations, "recurrence"),
    titleProvenance: provenanceOf(row.translations, "title", "titleProvenance"),
    descriptionProvenance: provenanceOf(row.translations, "description", "descriptionProvenance"),
    country: row.countryCode,
    onlineUrl: row.onlineUrl,
    diasporas: row.diasporas.map((d) => d.diaspora.slug).sort(),
    organizers: row.organizers.map((o) => o.organization.slug).sort(),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const where = ({ filters, scope, matchedIds }: EventSelection) => eventConditions(filters, scope, matchedIds);

/** Every language held by the selected events, in column order. */
export async function eventLocales(selection: EventSelection): Promise<string[]> {
  const rows = await db.$queryRaw<{ locale: string }[]>`
    SELECT DISTINCT t.locale FROM "EventTranslation" t WHERE t."eventId" IN (SELECT e.id FROM "Event" e ${where(selection)})`;
  return orderLocales(rows.map((r) => r.locale));
}

/** The selected events in batches, by address (slug), with keyset pagination on the slug's unique index. */
export async function* eventBatches(
  selection: EventSelection,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<EventRecord[]> {
  let after = "";
  for (;;) {
    const page = await db.$queryRaw<{ id: string; slug: string }[]>`
      SELECT s.id, s.slug FROM (SELECT e.id, e.slug FROM "Event" e ${where(selection)}) s
      WHERE s.slug > ${after} ORDER BY s.slug LIMIT ${batchSize}`;
    if (page.length === 0) return;
    const rows = await db.event.findMany({
      where: { id: { in: page.map((p) => p.id) } },
      select: recordSelect,
      orderBy: { slug: "asc" },
    });
    yield rows.map(toRecord);
    if (page.length < batchSize) return;
    after = page[page.length - 1]!.slug;
  }
}
