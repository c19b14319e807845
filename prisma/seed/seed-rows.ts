// What the seed's corrections read and write of existing rows (seed-corrections.ts, provenance-corrections.ts).
import type { OrganizationSnapshot } from "../../lib/organizations/schema";
import type { Prisma } from "../../lib/db/generated/client";
import type { SeedData } from "./seed-schema";
import { dayOf } from "../../lib/organizations/dissolved-on";

type Tx = Prisma.TransactionClient;

// What a correction reads of an organization: its editable fields, as lib/organizations/row.ts selects them (that
// module is server-only; this one runs in the start-up script), and the sources it already cites.
export const organizationSelect = {
  id: true,
  version: true,
  category: true,
  acronym: true,
  types: true,
  groups: true,
  status: true,
  dissolvedOn: true,
  foundedYear: true,
  languages: true,
  onlinePresence: true,
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
  diasporas: { select: { diasporaId: true } },
  countries: { select: { countryCode: true } },
  channels: { select: { kind: true, url: true, languages: true }, orderBy: [{ position: "asc" }, { url: "asc" }] },
  sources: {
    select: { sourceId: true, position: true, facts: true, locator: true },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.OrganizationSelect;
export type OrganizationRow = Prisma.OrganizationGetPayload<{ select: typeof organizationSelect }>;

/** The row in the shape a revision stores, field for field as lib/organizations/snapshot.ts builds it. */
export function organizationSnapshotOf(row: OrganizationRow, slug: string): OrganizationSnapshot {
  return {
    slug,
    category: row.category,
    translations: [...row.translations]
      .sort((a, b) => (a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : 0))
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
    citations: row.sources.map((c) => ({ sourceId: c.sourceId, newSource: null, facts: c.facts, locator: c.locator })),
  };
}

/** The seed's sources by key, created where an earlier seed did not have them. */
export async function sourceIdsFor(tx: Tx, keys: string[], data: SeedData): Promise<Map<string, string>> {
  const rows = await tx.source.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  for (const key of keys) {
    if (ids.has(key)) continue;
    const seed = data.sources.find((s) => s.key === key);
    if (!seed) throw new Error(`Seed data refers to unknown source "${key}"`);
    const { accessedOn, revisionNote: _note, replaces: _old, ...columns } = seed;
    const row = await tx.source.create({
      data: { ...columns, accessedOn: accessedOn ? new Date(`${accessedOn}T00:00:00Z`) : undefined },
      select: { id: true },
    });
    ids.set(key, row.id);
  }
  return ids;
}

/**
 * The row as it now stands, published as the seed's approved revision of it (no author: the seed), so the entry's
 * history shows the correction with its reason. `row` is what the correction read (its version is the base);
 * `current`, the row after the correction when the caller already has it.
 */
export async function recordSeedRevision(
  tx: Tx,
  row: { id: string; version: number },
  slug: string,
  comment: string,
  current?: OrganizationRow,
): Promise<void> {
  const updated =
    current ?? (await tx.organization.findUniqueOrThrow({ where: { id: row.id }, select: organizationSelect }));
  const snapshot = organizationSnapshotOf(updated, slug);
  await tx.revision.create({
    data: {
      entityType: "organization",
      entityId: row.id,
      status: "APPROVED",
      snapshot,
      baseVersion: row.version,
      diasporaIds: snapshot.diasporaIds,
      comment,
      reviewedAt: new Date(),
    },
  });
}

/**
 * The entry's citation of each source gains the facts it lacks, or the source is cited anew (after the row's
 * citations, with its locator): what backs a fact a correction adds.
 */
export async function citeFacts(
  tx: Tx,
  row: { id: string; sources: { position: number }[] },
  citations: { sourceId: string; facts: string[]; locator: string | null }[],
): Promise<void> {
  let position = Math.max(-1, ...row.sources.map((c) => c.position));
  for (const { sourceId, facts, locator } of citations) {
    const existing = await tx.organizationSource.findFirst({
      where: { organizationId: row.id, sourceId },
      orderBy: { position: "asc" },
      select: { id: true, facts: true },
    });
    if (!existing) {
      await tx.organizationSource.create({
        data: { organizationId: row.id, sourceId, facts, locator, position: ++position },
      });
      continue;
    }
    const missing = facts.filter((f) => !existing.facts.includes(f));
    if (missing.length > 0)
      await tx.organizationSource.update({
        where: { id: existing.id },
        data: { facts: [...existing.facts, ...missing] },
      });
  }
}
