import "server-only";
import { db } from "@/lib/db/client";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";
import type { SuggestionEntityType } from "./suggestion-schema";

/** An entry readers may comment on, with the diasporas that decide which moderators see the comments. */
export type SuggestionEntry = { id: string; slug: string; diasporaIds: string[] };
export type NamedSuggestionEntry = SuggestionEntry & { name: LocalizedText | null };

const select = { id: true, slug: true, diasporas: { select: { diasporaId: true } } } as const;
const toEntry = (row: { id: string; slug: string; diasporas: { diasporaId: string }[] }): SuggestionEntry => ({
  id: row.id,
  slug: row.slug,
  diasporaIds: row.diasporas.map((d) => d.diasporaId),
});

/** The published organization or event at this address, or null. */
export async function findEntryBySlug(entityType: SuggestionEntityType, slug: string): Promise<SuggestionEntry | null> {
  const row =
    entityType === "organization"
      ? await db.organization.findUnique({ where: { slug }, select })
      : await db.event.findUnique({ where: { slug }, select });
  return row ? toEntry(row) : null;
}

/** The entry a stored suggestion is about, or null when it was deleted since. */
export async function findEntryById(entityType: string, id: string): Promise<SuggestionEntry | null> {
  const where = { where: { id }, select };
  const row =
    entityType === "organization"
      ? await db.organization.findUnique(where)
      : entityType === "event"
        ? await db.event.findUnique(where)
        : null;
  return row ? toEntry(row) : null;
}

export const entryKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/** Entries with their names in `locale` (or a fallback), keyed by entryKey; deleted ones are missing. */
export async function findNamedEntries(
  refs: readonly { entityType: string; entityId: string }[],
  locale: string,
): Promise<Map<string, NamedSuggestionEntry>> {
  const ids = (type: string) => [...new Set(refs.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const [organizations, events] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: ids("organization") } },
      select: { ...select, translations: { select: { locale: true, name: true } } },
    }),
    db.event.findMany({
      where: { id: { in: ids("event") } },
      select: { ...select, translations: { select: { locale: true, title: true } } },
    }),
  ]);
  return new Map([
    ...organizations.map(
      (o) =>
        [
          entryKey("organization", o.id),
          { ...toEntry(o), name: pickLocalized(o.translations, "name", locale) },
        ] as const,
    ),
    ...events.map(
      (e) =>
        [entryKey("event", e.id), { ...toEntry(e), name: pickLocalized(e.translations, "title", locale) }] as const,
    ),
  ]);
}
