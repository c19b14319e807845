import "server-only";
import { byLocale, type OrganizationRow } from "./row";
import type { OrganizationSnapshot } from "./schema";

/** The published organization's editable fields in the same shape a revision stores. */
export function rowToSnapshot(row: OrganizationRow): OrganizationSnapshot {
  return {
    slug: row.slug,
    translations: byLocale(row.translations)
      .filter((t) => t.name || t.description || t.city)
      .map(({ locale, name, description, city, nameProvenance, descriptionProvenance }) => ({
        locale,
        name,
        description,
        city,
        nameProvenance: name ? nameProvenance : null,
        descriptionProvenance: description ? descriptionProvenance : null,
      })),
    acronym: row.acronym,
    types: row.types,
    groups: row.groups,
    diasporaIds: row.diasporas.map((d) => d.diasporaId).sort(),
    countryCodes: row.countries.map((c) => c.countryCode).sort(),
    foundedYear: row.foundedYear,
    status: row.status,
    languages: row.languages,
    channels: row.channels,
  };
}
