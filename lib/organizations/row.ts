import "server-only";
// An organization as every reader of a whole entry loads it — the profile, the list and the pages listing
// organizations, the API, the exports, the feed and curation's snapshot — so a new column is added once.
// Translations come in no particular order (the profile shows names as stored); readers that need them by locale
// sort them (byLocale). Readers add their own relations (events, sources) beside it.
import type { Prisma } from "@/lib/db/generated/client";

const names = { select: { locale: true, name: true } } as const;

export const organizationRowSelect = {
  id: true,
  slug: true,
  category: true,
  version: true,
  acronym: true,
  types: true,
  groups: true,
  status: true,
  dissolvedOn: true,
  foundedYear: true,
  languages: true,
  onlinePresence: true,
  createdAt: true,
  updatedAt: true,
  translations: {
    select: {
      locale: true,
      name: true,
      description: true,
      city: true,
      nameProvenance: true,
      descriptionProvenance: true,
      altNames: true,
    },
  },
  countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
  diasporas: { select: { diasporaId: true, diaspora: { select: { id: true, slug: true, translations: names } } } },
  channels: { select: { kind: true, url: true, languages: true }, orderBy: [{ position: "asc" }, { url: "asc" }] },
} satisfies Prisma.OrganizationSelect;

/** A plain object: the organization's columns, translations, host countries, diasporas and channels. */
export type OrganizationRow = Prisma.OrganizationGetPayload<{ select: typeof organizationRowSelect }>;

/** Translation rows by locale code, as ORDER BY locale gives them (codes are lowercase ASCII). */
export const byLocale = <T extends { locale: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => (a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : 0));
