import "server-only";
import { db } from "@/lib/db/client";
import { pickLocalized } from "@/lib/i18n/localized";
import type { EventSummary } from "./types";

export const summarySelect = {
  id: true,
  slug: true,
  type: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  dateBasis: true,
  countryCode: true,
  onlineUrl: true,
  translations: { select: { locale: true, title: true, city: true, recurrence: true } },
} as const;

type SummaryRow = {
  slug: string;
  type: EventSummary["type"];
  startDate: Date | null;
  endDate: Date | null;
  datePrecision: EventSummary["datePrecision"];
  dateBasis: EventSummary["dateBasis"];
  countryCode: string | null;
  onlineUrl: string | null;
  translations: { locale: string; title: string | null; city: string | null; recurrence: string | null }[];
};

export const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toSummary(row: SummaryRow, locale: string): EventSummary {
  return {
    slug: row.slug,
    type: row.type,
    title: pickLocalized(row.translations, "title", locale),
    startDate: isoDate(row.startDate),
    endDate: isoDate(row.endDate),
    datePrecision: row.datePrecision,
    dateBasis: row.dateBasis,
    countryCode: row.countryCode,
    city: pickLocalized(row.translations, "city", locale),
    online: Boolean(row.onlineUrl),
    recurrence: pickLocalized(row.translations, "recurrence", locale),
  };
}

/** Summaries for event ids, in the order given. */
export async function summariesInOrder(ids: string[], locale: string): Promise<EventSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.event.findMany({ where: { id: { in: ids } }, select: summarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row, locale)] : [];
  });
}
