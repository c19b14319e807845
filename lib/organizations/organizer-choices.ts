import "server-only";
import { isGlobal, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";

export type OrganizationChoice = { id: string; slug: string; acronym: string | null; name: LocalizedText | null };

/**
 * Organizations the event form offers as organizers: those of the actor's diasporas (a global role: all), plus
 * those already linked to the event, by name in the reader's language.
 */
export async function loadOrganizerChoices(
  actor: Actor,
  locale: string,
  linkedIds: readonly string[] = [],
): Promise<OrganizationChoice[]> {
  const global = actor.grants.some(isGlobal);
  const scoped = [...new Set(actor.grants.flatMap((g) => g.diasporaIds))];
  const rows = await db.organization.findMany({
    where: global
      ? {}
      : { OR: [{ diasporas: { some: { diasporaId: { in: scoped } } } }, { id: { in: [...linkedIds] } }] },
    select: { id: true, slug: true, acronym: true, translations: { select: { locale: true, name: true } } },
    take: 2000,
  });
  return rows
    .map((o) => ({ id: o.id, slug: o.slug, acronym: o.acronym, name: pickLocalized(o.translations, "name", locale) }))
    .sort((a, b) => (a.name?.value ?? a.slug).localeCompare(b.name?.value ?? b.slug, locale));
}
