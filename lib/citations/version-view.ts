import "server-only";
// An organization or event as it was at one published version, for permanent links (?version=N). Version N is
// the content of the approved revision whose base was N-1 (approvals bump the version by one, conditionally, so
// there is exactly one). The current version is read from the published rows. An older version that predates the
// recorded history (seed data, before any curated edit) cannot be shown: the page says so and shows the current one.
import type { EventSnapshot } from "@/lib/events/schema";
import type { OrganizationSnapshot } from "@/lib/organizations/schema";
import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/events/event-summary";
import { getEvent } from "@/lib/events/get-event";
import { parsePartialDate } from "@/lib/events/partial-date";
import { textProvenance } from "@/lib/events/provenance";
import type { EventDetail, NamedRef } from "@/lib/events/types";
import { byPageLanguage, pickLocalized } from "@/lib/i18n/localized";
import { getOrganization } from "@/lib/organizations/get-organization";
import type { OrganizationProfile } from "@/lib/organizations/types";

export type VersionState = {
  /** The version whose content the page shows. */
  shown: number;
  /** The entry's current version. */
  current: number;
  /** When the shown version was published (ISO date-time). */
  published: string;
  /** A version the address asked for whose content is not kept; the current one is shown instead. */
  missing: number | null;
};

type Entity = { type: "organization" | "event"; id: string; version: number; updatedAt: Date };

async function approved(entity: Entity, version: number) {
  return db.revision.findFirst({
    where: { entityType: entity.type, entityId: entity.id, status: "APPROVED", baseVersion: version - 1 },
    orderBy: { reviewedAt: "desc" },
    select: { snapshot: true, reviewedAt: true },
  });
}

/**
 * Which version to show for `requested`; null when the entry never had that version. `snapshot` is set only
 * for an older version whose content is kept.
 */
async function resolve(
  entity: Entity,
  requested: number | undefined,
): Promise<{ state: VersionState; snapshot: unknown } | null> {
  if (requested !== undefined && requested > entity.version) return null;
  const current = await approved(entity, entity.version);
  const currentState = (missing: number | null): VersionState => ({
    shown: entity.version,
    current: entity.version,
    published: (current?.reviewedAt ?? entity.updatedAt).toISOString(),
    missing,
  });
  if (requested === undefined || requested === entity.version) return { state: currentState(null), snapshot: null };
  const old = await approved(entity, requested);
  if (!old) return { state: currentState(requested), snapshot: null };
  return {
    state: {
      shown: requested,
      current: entity.version,
      published: (old.reviewedAt ?? entity.updatedAt).toISOString(),
      missing: null,
    },
    snapshot: old.snapshot,
  };
}

const byName = (locale: string) => (a: NamedRef, b: NamedRef) =>
  (a.name?.value ?? a.slug).localeCompare(b.name?.value ?? b.slug, locale);

async function diasporaRefs(ids: string[], locale: string): Promise<NamedRef[]> {
  const rows = await db.diaspora.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, { slug: r.slug, name: pickLocalized(r.translations, "name", locale) }]));
  return ids.flatMap((id) => byId.get(id) ?? []).sort(byName(locale));
}

async function organizationRefs(ids: string[], locale: string): Promise<NamedRef[]> {
  const rows = await db.organization.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, { slug: r.slug, name: pickLocalized(r.translations, "name", locale) }]));
  return ids.flatMap((id) => byId.get(id) ?? []).sort(byName(locale));
}

/**
 * The organization page's content at a version. Events and sources are not part of a version (citations stay
 * outside revisions), so they are shown as they are now.
 */
export async function organizationAtVersion(
  slug: string,
  locale: string,
  requested?: number,
): Promise<{ profile: OrganizationProfile; version: VersionState } | null> {
  const row = await db.organization.findUnique({
    where: { slug },
    select: { id: true, version: true, updatedAt: true },
  });
  if (!row) return null;
  const [profile, resolved] = await Promise.all([
    getOrganization(slug, locale),
    resolve({ type: "organization", ...row }, requested),
  ]);
  if (!profile || !resolved) return null;
  if (!resolved.snapshot) return { profile, version: resolved.state };
  const s = resolved.snapshot as OrganizationSnapshot;
  const translations = s.translations ?? [];
  const description = pickLocalized(translations, "description", locale);
  return {
    version: resolved.state,
    profile: {
      ...profile,
      name: pickLocalized(translations, "name", locale),
      acronym: s.acronym ?? null,
      types: s.types ?? [],
      city: pickLocalized(translations, "city", locale),
      countries: [...(s.countryCodes ?? [])].sort(),
      diasporas: await diasporaRefs(s.diasporaIds ?? [], locale),
      foundedYear: s.foundedYear ?? null,
      description,
      // An older version shows the provenance its revision recorded (none before provenance was kept).
      descriptionProvenance: translations.find((t) => t.locale === description?.locale)?.descriptionProvenance ?? null,
      names: byPageLanguage(translations, locale).flatMap((t) =>
        t.name ? [{ locale: t.locale, value: t.name, provenance: t.nameProvenance ?? null }] : [],
      ),
      groups: s.groups ?? [],
      status: s.status ?? "UNKNOWN",
      languages: s.languages ?? [],
      // A past version shows its addresses as they were given, without what the link monitor finds now.
      channels: (s.channels ?? []).map((c) => ({ ...c, check: null })),
      updatedAt: resolved.state.published,
    },
  };
}

/** The event page's content at a version; its sources are shown as they are now. */
export async function eventAtVersion(
  slug: string,
  locale: string,
  requested?: number,
): Promise<{ event: EventDetail; version: VersionState } | null> {
  const row = await db.event.findUnique({ where: { slug }, select: { id: true, version: true, updatedAt: true } });
  if (!row) return null;
  const [event, resolved] = await Promise.all([getEvent(slug, locale), resolve({ type: "event", ...row }, requested)]);
  if (!event || !resolved) return null;
  if (!resolved.snapshot) return { event, version: resolved.state };
  const s = resolved.snapshot as EventSnapshot;
  const translations = s.translations ?? [];
  const start = s.start ? parsePartialDate(s.start) : null;
  const end = start && s.end ? parsePartialDate(s.end) : null;
  const title = pickLocalized(translations, "title", locale);
  const description = pickLocalized(translations, "description", locale);
  return {
    version: resolved.state,
    event: {
      ...event,
      type: s.type,
      title,
      description,
      // An older version shows the provenance its revision recorded (none before provenance was kept).
      ...textProvenance(translations, title, description),
      city: pickLocalized(translations, "city", locale),
      recurrence: pickLocalized(translations, "recurrence", locale),
      startDate: isoDate(start?.date ?? null),
      endDate: isoDate(end?.date ?? null),
      datePrecision: start?.precision ?? "DAY",
      // A revision saved before the field existed recorded none: its date was read as the event's own.
      dateBasis: s.dateBasis ?? "STATED",
      countryCode: s.countryCode ?? null,
      onlineUrl: s.onlineUrl ?? null,
      online: Boolean(s.onlineUrl),
      organizers: await organizationRefs(s.organizerIds ?? [], locale),
      diasporas: await diasporaRefs(s.diasporaIds ?? [], locale),
      updatedAt: resolved.state.published,
    },
  };
}
