import "server-only";
import { db } from "@/lib/db/client";
import { isSlug } from "@/lib/validation/text";
import { byPageLanguage, pickLocalized } from "@/lib/i18n/localized";
import { toSummary } from "./list-organizations";
import { organizationRowSelect } from "./row";
import type { OrganizationProfile } from "./types";
import { dayOf } from "./dissolved-on";
import { citedSourceSelect } from "@/lib/sources/citation";
import { linkStates } from "@/lib/links/read";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** A published organization with its sourced facts, or null when the slug is unknown. */
export async function getOrganization(slug: string, locale: string): Promise<OrganizationProfile | null> {
  if (!isSlug(slug)) return null;
  const row = await db.organization.findUnique({
    where: { slug },
    select: {
      ...organizationRowSelect,
      events: {
        select: {
          event: {
            select: {
              slug: true,
              startDate: true,
              datePrecision: true,
              translations: { select: { locale: true, title: true } },
            },
          },
        },
        orderBy: { event: { startDate: "desc" } },
      },
      sources: {
        orderBy: { position: "asc" },
        select: {
          facts: true,
          locator: true,
          source: {
            select: citedSourceSelect,
          },
        },
      },
    },
  });
  if (!row) return null;
  const checks = await linkStates(row.channels.map((c) => c.url));
  const lastApproved = await db.revision.findFirst({
    where: { entityType: "organization", entityId: row.id, status: "APPROVED" },
    orderBy: { reviewedAt: "desc" },
    select: { reviewedAt: true },
  });
  const description = pickLocalized(row.translations, "description", locale);
  return {
    ...toSummary(row, locale),
    description,
    descriptionProvenance:
      row.translations.find((t) => t.locale === description?.locale)?.descriptionProvenance ?? null,
    names: byPageLanguage(row.translations, locale).flatMap((t) =>
      t.name ? [{ locale: t.locale, value: t.name, provenance: t.nameProvenance }] : [],
    ),
    altNames: byPageLanguage(row.translations, locale).flatMap((t) =>
      t.altNames.length ? [{ locale: t.locale, values: t.altNames }] : [],
    ),
    groups: row.groups,
    status: row.status,
    dissolvedOn: dayOf(row.dissolvedOn),
    languages: row.languages,
    channels: row.channels.map((c) => ({ ...c, check: checks.get(c.url) ?? null })),
    onlinePresence: row.onlinePresence,
    events: row.events.map(({ event }) => ({
      slug: event.slug,
      title: pickLocalized(event.translations, "title", locale),
      startDate: isoDate(event.startDate),
      datePrecision: event.datePrecision,
    })),
    citations: row.sources.map((c, index) => ({
      number: index + 1,
      facts: c.facts,
      locator: c.locator,
      source: { ...c.source, accessedOn: isoDate(c.source.accessedOn) },
    })),
    updatedAt: row.updatedAt.toISOString(),
    lastEdited: lastApproved?.reviewedAt?.toISOString() ?? null,
  };
}
