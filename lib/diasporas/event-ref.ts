import { pickLocalized } from "@/lib/i18n/localized";
import type { EventRef } from "./types";

/** The Prisma select for an event linked from a diaspora or country page. */
export const eventRefSelect = {
  slug: true,
  startDate: true,
  datePrecision: true,
  countryCode: true,
  translations: { select: { locale: true, title: true } },
} as const;

type EventRow = {
  slug: string;
  startDate: Date | null;
  datePrecision: EventRef["datePrecision"];
  countryCode: string | null;
  translations: { locale: string; title: string | null }[];
};

export function toEventRef(row: EventRow, locale: string): EventRef {
  return {
    slug: row.slug,
    title: pickLocalized(row.translations, "title", locale),
    startDate: row.startDate ? row.startDate.toISOString().slice(0, 10) : null,
    datePrecision: row.datePrecision,
    countryCode: row.countryCode,
  };
}

/** Latest first; undated events last, by slug. */
export function byDateDescending(a: EventRef, b: EventRef): number {
  if (a.startDate && b.startDate && a.startDate !== b.startDate) return a.startDate < b.startDate ? 1 : -1;
  if (Boolean(a.startDate) !== Boolean(b.startDate)) return a.startDate ? -1 : 1;
  return a.slug.localeCompare(b.slug);
}
