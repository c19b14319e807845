import "server-only";
import { isGlobal, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";
import { matchOrganizationIds } from "@/lib/search/match";
import type { ComboboxChoice } from "@/lib/search/choice-match";

export type OrganizationChoice = { id: string; slug: string; acronym: string | null; name: LocalizedText | null };

/** Organizations a form lists at once; any other is found by typing (searchOrganizationChoices). */
export const LISTED_ORGANIZERS = 500;
/** Matches one lookup returns: what a combobox shows without scrolling far. */
export const LOOKUP_LIMIT = 20;
/** Best name matches examined when the lookup keeps only some diasporas' organizations. */
const LOOKUP_CANDIDATES = 200;

const select = { id: true, slug: true, acronym: true, translations: { select: { locale: true, name: true } } } as const;

/**
 * Organizations the event form offers as organizers: those of the actor's diasporas (a global role: all), plus
 * those already linked to the event, by name in the reader's language; at most LISTED_ORGANIZERS, the linked ones
 * always. `lookup` is set when there are more than that: the diasporas the others are found in by typing
 * (searchOrganizationChoices), null for every diaspora (a global role).
 */
export async function loadOrganizerChoices(
  actor: Actor,
  locale: string,
  linkedIds: readonly string[] = [],
): Promise<{ choices: OrganizationChoice[]; lookup: { diasporaIds: string[] | null } | undefined }> {
  const global = actor.grants.some(isGlobal);
  const scoped = [...new Set(actor.grants.flatMap((g) => g.diasporaIds))];
  const where = global ? {} : { diasporas: { some: { diasporaId: { in: scoped } } } };
  const [rows, linked] = await Promise.all([
    db.organization.findMany({ where, select, orderBy: { slug: "asc" }, take: LISTED_ORGANIZERS + 1 }),
    linkedIds.length ? db.organization.findMany({ where: { id: { in: [...linkedIds] } }, select }) : [],
  ]);
  const lookup = rows.length > LISTED_ORGANIZERS ? { diasporaIds: global ? null : scoped } : undefined;
  const byId = new Map([...rows.slice(0, LISTED_ORGANIZERS), ...linked].map((o) => [o.id, o]));
  const choices = [...byId.values()]
    .map((o) => ({ id: o.id, slug: o.slug, acronym: o.acronym, name: pickLocalized(o.translations, "name", locale) }))
    .sort((a, b) => (a.name?.value ?? a.slug).localeCompare(b.name?.value ?? b.slug, locale));
  return { choices, lookup };
}

/**
 * Organizations whose name, acronym or other-language name matches what was typed (the site search's matching:
 * transliteration, typos, prefixes), best first, among those of `diasporaIds` (undefined: all): the organizer
 * field's lookup, beyond the organizations it lists. Only a convenience: the form's save checks what may be linked.
 */
export async function searchOrganizationChoices(
  text: string,
  locale: string,
  diasporaIds?: readonly string[],
): Promise<OrganizationChoice[]> {
  const ids = await matchOrganizationIds(text, diasporaIds ? LOOKUP_CANDIDATES : LOOKUP_LIMIT);
  if (ids.length === 0) return [];
  const rows = await db.organization.findMany({
    where: {
      id: { in: ids },
      ...(diasporaIds ? { diasporas: { some: { diasporaId: { in: [...diasporaIds] } } } } : {}),
    },
    select,
  });
  const rank = new Map(ids.map((id, i) => [id, i]));
  return rows
    .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
    .slice(0, LOOKUP_LIMIT)
    .map((o) => ({ id: o.id, slug: o.slug, acronym: o.acronym, name: pickLocalized(o.translations, "name", locale) }));
}

/** "Name (ACRONYM)", unless the name already carries the acronym. */
export function organizationLabel(o: OrganizationChoice): string {
  const name = o.name?.value ?? o.slug;
  return o.acronym && !name.includes(o.acronym) ? `${name} (${o.acronym})` : name;
}

/** A combobox choice whose value is the organization's id; `lang` when its name is not in the page's language. */
export function organizationChoice(o: OrganizationChoice): ComboboxChoice {
  const lang = o.name?.isFallback ? o.name.locale : undefined;
  return { value: o.id, label: organizationLabel(o), ...(lang ? { lang } : {}) };
}
