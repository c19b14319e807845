import "server-only";
import { byLocale, type OrganizationRow } from "./row";
import type { CitationSnapshot } from "@/lib/curation/sourcing";
import type { OrganizationSnapshot } from "./schema";
import { dayOf } from "./dissolved-on";

/** The citation rows curation loads with an organization (OrganizationSource), in page order. */
export const citationRowsSelect = {
  select: { sourceId: true, facts: true, locator: true },
  orderBy: { position: "asc" },
} as const;

/**
 * The published organization's editable fields in the same shape a revision stores; with its citation rows when
 * given (curation loads them; lists do not).
 */
export function rowToSnapshot(
  row: OrganizationRow,
  citations?: { sourceId: string; facts: string[]; locator: string | null }[],
): OrganizationSnapshot {
  return {
    slug: row.slug,
    category: row.category,
    translations: byLocale(row.translations)
      .filter((t) => t.name || t.description || t.city || t.altNames.length > 0)
      .map(({ locale, name, description, city, nameProvenance, descriptionProvenance, altNames }) => ({
        locale,
        name,
        description,
        city,
        nameProvenance: name ? nameProvenance : null,
        descriptionProvenance: description ? descriptionProvenance : null,
        altNames,
      })),
    acronym: row.acronym,
    types: row.types,
    groups: row.groups,
    diasporaIds: row.diasporas.map((d) => d.diasporaId).sort(),
    countryCodes: row.countries.map((c) => c.countryCode).sort(),
    foundedYear: row.foundedYear,
    status: row.status,
    dissolvedOn: dayOf(row.dissolvedOn),
    languages: row.languages,
    channels: row.channels,
    onlinePresence: row.onlinePresence,
    ...(citations
      ? {
          citations: citations.map((c): CitationSnapshot => ({
            sourceId: c.sourceId,
            newSource: null,
            facts: c.facts,
            locator: c.locator,
          })),
        }
      : {}),
  };
}
