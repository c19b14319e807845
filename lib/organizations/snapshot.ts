import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { OrganizationSnapshot } from "./schema";

export const snapshotSelect = {
  id: true,
  slug: true,
  version: true,
  acronym: true,
  types: true,
  groups: true,
  status: true,
  foundedYear: true,
  languages: true,
  translations: { select: { locale: true, name: true, description: true, city: true }, orderBy: { locale: "asc" } },
  diasporas: { select: { diasporaId: true } },
  countries: { select: { countryCode: true } },
  channels: { select: { kind: true, url: true, languages: true }, orderBy: { position: "asc" } },
} satisfies Prisma.OrganizationSelect;

export type SnapshotRow = Prisma.OrganizationGetPayload<{ select: typeof snapshotSelect }>;

/** The published organization's editable fields in the same shape a revision stores. */
export function rowToSnapshot(row: SnapshotRow): OrganizationSnapshot {
  return {
    slug: row.slug,
    translations: row.translations.filter((t) => t.name || t.description || t.city),
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
