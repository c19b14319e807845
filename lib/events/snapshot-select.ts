// What an event's snapshot is read from: pure, so the start-up script's seed corrections (which cannot load
// server-only modules) read events exactly as revisions do.
import type { Prisma } from "../db/generated/client";

export const eventSnapshotSelect = {
  id: true,
  slug: true,
  version: true,
  type: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  dateBasis: true,
  countryCode: true,
  onlineUrl: true,
  translations: {
    select: {
      locale: true,
      title: true,
      description: true,
      city: true,
      recurrence: true,
      titleProvenance: true,
      descriptionProvenance: true,
    },
    orderBy: { locale: "asc" },
  },
  organizers: { select: { organizationId: true } },
  diasporas: { select: { diasporaId: true } },
} satisfies Prisma.EventSelect;
