import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { Conflict } from "@/lib/errors";
import { uniqueOr } from "@/lib/curation/unique-conflict";
import { createSourceFromSnapshot } from "@/lib/sources/apply";
import { slugFromTitle } from "@/lib/feeds/import/slug";
import type { CitationSnapshot, NewSourceSnapshot } from "@/lib/curation/sourcing";
import type { OrganizationSnapshot } from "./schema";
import { dateOf } from "./dissolved-on";
import { OrganizationStatus } from "@/lib/db/generated/enums";

type Tx = Prisma.TransactionClient;

/** A source described in the revision, published with it under a fresh key (title and year, then -2, -3, …). */
async function publishNewSource(tx: Tx, s: NewSourceSnapshot): Promise<string> {
  const base = slugFromTitle(s.title, s.year ? String(s.year) : null).replace(/^event$/, "source");
  const taken = new Set(
    (await tx.source.findMany({ where: { key: { startsWith: base } }, select: { key: true } })).map((r) => r.key),
  );
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  return createSourceFromSnapshot(tx, {
    key,
    title: s.title,
    authors: s.authors,
    publication: null,
    volume: null,
    issue: null,
    pages: null,
    place: null,
    publisher: null,
    year: s.year,
    doi: null,
    url: s.url,
    archiveUrl: s.archiveUrl,
    accessedOn: s.accessedOn,
    note: null,
    citedIn: [],
  });
}

/** Replaces the entry's citations with the snapshot's, publishing the sources it describes; none given: unchanged. */
async function writeCitations(tx: Tx, organizationId: string, citations: CitationSnapshot[] | undefined) {
  if (!citations) return;
  await tx.organizationSource.deleteMany({ where: { organizationId } });
  for (const [position, c] of citations.entries()) {
    const sourceId = c.sourceId ?? (await publishNewSource(tx, c.newSource!));
    await tx.organizationSource.create({
      data: { organizationId, sourceId, facts: c.facts, locator: c.locator, position },
      select: { id: true },
    });
  }
}

function relations(snapshot: OrganizationSnapshot) {
  return {
    translations: { createMany: { data: snapshot.translations } },
    diasporas: { createMany: { data: snapshot.diasporaIds.map((diasporaId) => ({ diasporaId })) } },
    countries: { createMany: { data: snapshot.countryCodes.map((countryCode) => ({ countryCode })) } },
    channels: { createMany: { data: snapshot.channels.map((c, position) => ({ ...c, position })) } },
  };
}

const scalars = (s: OrganizationSnapshot) => ({
  category: s.category,
  acronym: s.acronym,
  types: s.types,
  groups: s.groups,
  status: s.status,
  // Undefined (a revision saved before the field existed, an import without the column) leaves it unchanged, unless
  // the status is no longer DISSOLVED: a date of dissolution only goes with that status.
  dissolvedOn:
    s.dissolvedOn !== undefined ? dateOf(s.dissolvedOn) : s.status !== OrganizationStatus.DISSOLVED ? null : undefined,
  foundedYear: s.foundedYear,
  languages: s.languages,
  // Undefined (a revision saved before the field existed, an import without the column) leaves it unchanged.
  onlinePresence: s.onlinePresence,
});

/**
 * A snapshot saved before other names existed (no translation carries `altNames`) keeps the stored ones, in a language
 * the snapshot has no text in as well.
 */
async function keepAltNames(tx: Tx, id: string, snapshot: OrganizationSnapshot): Promise<OrganizationSnapshot> {
  if (snapshot.translations.some((t) => t.altNames !== undefined)) return snapshot;
  const stored = await tx.organizationTranslation.findMany({
    where: { organizationId: id, altNames: { isEmpty: false } },
    select: { locale: true, altNames: true },
  });
  if (stored.length === 0) return snapshot;
  const kept = new Map(stored.map((t) => [t.locale, t.altNames]));
  const translations = snapshot.translations.map((t) => ({ ...t, altNames: kept.get(t.locale) ?? [] }));
  for (const [locale, altNames] of kept)
    if (!translations.some((t) => t.locale === locale))
      translations.push({ locale, name: null, description: null, city: null, altNames });
  return { ...snapshot, translations };
}

/** Publishes a new organization from an approved snapshot; returns its id. */
export async function createFromSnapshot(tx: Tx, snapshot: OrganizationSnapshot): Promise<string> {
  const taken = await tx.organization.findUnique({ where: { slug: snapshot.slug }, select: { id: true } });
  if (taken) throw new Conflict("slugTaken");
  // Two approvals of new organizations with one slug can both pass the read above; the unique index decides.
  const created = await uniqueOr("slugTaken", () =>
    tx.organization.create({
      data: { slug: snapshot.slug, ...scalars(snapshot), version: 1, ...relations(snapshot) },
      select: { id: true },
    }),
  );
  await writeCitations(tx, created.id, snapshot.citations);
  return created.id;
}

/**
 * Replaces the published organization's editable fields with the snapshot, only if it is still at `baseVersion`
 * (a conditional update, so two approvals racing cannot both win). Events are not part of the form; citations are
 * replaced only when the snapshot carries them (an import's does not).
 */
export async function updateFromSnapshot(
  tx: Tx,
  id: string,
  baseVersion: number,
  snapshot: OrganizationSnapshot,
): Promise<void> {
  const { count } = await tx.organization.updateMany({
    where: { id, version: baseVersion },
    data: { ...scalars(snapshot), version: { increment: 1 } },
  });
  if (count !== 1) throw new Conflict("staleVersion");
  snapshot = await keepAltNames(tx, id, snapshot);
  await tx.organizationTranslation.deleteMany({ where: { organizationId: id } });
  await tx.organizationDiaspora.deleteMany({ where: { organizationId: id } });
  await tx.organizationCountry.deleteMany({ where: { organizationId: id } });
  await tx.organizationChannel.deleteMany({ where: { organizationId: id } });
  await tx.organization.update({ where: { id }, data: relations(snapshot), select: { id: true } });
  await writeCitations(tx, id, snapshot.citations);
}
