import "server-only";
import { db } from "@/lib/db/client";
import { isSlug } from "@/lib/validation/text";
import { pickLocalized } from "@/lib/i18n/localized";
import { citationSelect, toCitations } from "@/lib/sources/citation";
import { summarySelect, toSummary } from "./event-summary";
import { textProvenance } from "./provenance";
import type { EventDetail, NamedRef } from "./types";

const names = { select: { locale: true, name: true } } as const;

/** An event with its organizers, diasporas and sourced facts, or null when the slug is unknown. */
export async function getEvent(slug: string, locale: string): Promise<EventDetail | null> {
  if (!isSlug(slug)) return null;
  const row = await db.event.findUnique({
    where: { slug },
    select: {
      ...summarySelect,
      translations: {
        select: {
          locale: true,
          title: true,
          city: true,
          recurrence: true,
          description: true,
          titleProvenance: true,
          descriptionProvenance: true,
        },
      },
      updatedAt: true,
      organizers: { select: { organization: { select: { slug: true, acronym: true, translations: names } } } },
      diasporas: { select: { diaspora: { select: { slug: true, translations: names } } } },
      sources: citationSelect,
    },
  });
  if (!row) return null;
  const ref = (entry: { slug: string; translations: { locale: string; name: string | null }[] }): NamedRef => ({
    slug: entry.slug,
    name: pickLocalized(entry.translations, "name", locale),
  });
  const byName = (a: NamedRef, b: NamedRef) => (a.name?.value ?? a.slug).localeCompare(b.name?.value ?? b.slug, locale);
  const summary = toSummary(row, locale);
  const description = pickLocalized(row.translations, "description", locale);
  return {
    ...summary,
    id: row.id,
    description,
    ...textProvenance(row.translations, summary.title, description),
    onlineUrl: row.onlineUrl,
    organizers: row.organizers.map(({ organization }) => ref(organization)).sort(byName),
    diasporas: row.diasporas.map(({ diaspora }) => ref(diaspora)).sort(byName),
    citations: toCitations(row.sources),
    updatedAt: row.updatedAt.toISOString(),
  };
}
