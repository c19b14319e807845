import type { Prisma } from "@/lib/db/generated/client";

/** A host country is one the atlas has something about: an organization based there, a presence or an event. */
export const hostCountryWhere = {
  OR: [{ organizations: { some: {} } }, { presences: { some: {} } }, { events: { some: {} } }],
} satisfies Prisma.CountryWhereInput;
