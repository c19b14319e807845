// Corrections of seed records for databases loaded by an earlier seed. The seed never overwrites, so a fresh
// database gets the corrected record from seedDatabase; an existing one gets it here, as an approved revision
// whose comment says what changed and where that comes from, so the history shows it like any moderated edit.
// A row is corrected only while it still holds the old values (`replaces`): a curator's edit is never undone,
// and a second run finds nothing to do. Sources first, so an organization's correction can cite a corrected source.
import type { SourceSnapshot } from "../../lib/sources/schema";
import type { Database } from "../../lib/db/connect";
import type { SeedData } from "./seed-schema";
import { dateOf, dayOf } from "../../lib/organizations/dissolved-on";
import { seededProvenance } from "../../lib/sources/text-provenance";
import { recordProvenance } from "./provenance-corrections";
import { recordOnlinePresence } from "./online-presence-corrections";
import { recordAltNames } from "./alt-name-corrections";
import { recordDateBasis } from "./date-basis-corrections";
import { recordDiasporaNames } from "./diaspora-name-corrections";
import { organizationSelect, recordSeedRevision, sourceIdsFor, type OrganizationRow } from "./seed-rows";

type SeedSource = SeedData["sources"][number];
type SeedOrganization = SeedData["organizations"][number];

const snapshotOf = (s: SeedSource): SourceSnapshot => ({
  key: s.key,
  authors: s.authors ?? null,
  title: s.title,
  publication: s.publication ?? null,
  volume: s.volume ?? null,
  issue: s.issue ?? null,
  pages: s.pages ?? null,
  place: s.place ?? null,
  publisher: s.publisher ?? null,
  year: s.year ?? null,
  doi: s.doi ?? null,
  url: s.url ?? null,
  accessedOn: s.accessedOn ?? null,
  note: s.note ?? null,
  citedIn: [],
});

/**
 * Publishes each pending seed correction; returns the keys of the sources and the slugs of the organizations
 * corrected (an organization whose name and category were both corrected is named twice: two revisions).
 */
export async function applySeedCorrections(db: Database, data: SeedData): Promise<string[]> {
  return [
    ...(await correctSources(db, data)),
    ...(await correctOrganizations(db, data)),
    ...(await classifyOrganizations(db, data)),
    ...(await recordProvenance(db, data)),
    ...(await recordOnlinePresence(db, data)),
    ...(await recordAltNames(db, data)),
    ...(await recordDateBasis(db, data)),
    ...(await recordDiasporaNames(db, data)),
  ];
}

async function correctSources(db: Database, data: SeedData): Promise<string[]> {
  const corrected: string[] = [];
  for (const source of data.sources) {
    if (!source.revisionNote || !source.replaces) continue;
    const row = await db.source.findUnique({
      where: { key: source.key },
      select: { id: true, version: true, title: true, authors: true, note: true },
    });
    if (!row) continue;
    const old = source.replaces;
    if (Object.entries(old).some(([field, value]) => row[field as keyof typeof old] !== value)) continue;
    // A source correction writes the whole record, so a row a curator has changed in any field since (an approved
    // revision with an author or a reviewer; the seed's own corrections have neither) is left alone.
    const curated = await db.revision.count({
      where: {
        entityType: "source",
        entityId: row.id,
        status: "APPROVED",
        OR: [{ authorId: { not: null } }, { reviewerId: { not: null } }],
      },
    });
    if (curated > 0) continue;
    const snapshot = snapshotOf(source);
    const { citedIn: _, key: __, accessedOn, ...columns } = snapshot;
    await db.$transaction(async (tx) => {
      // Conditional on the version read: an approval racing with this start-up wins and the correction waits.
      const { count } = await tx.source.updateMany({
        where: { id: row.id, version: row.version },
        data: {
          ...columns,
          accessedOn: accessedOn ? new Date(`${accessedOn}T00:00:00Z`) : null,
          version: { increment: 1 },
        },
      });
      if (count !== 1) return;
      await tx.revision.create({
        data: {
          entityType: "source",
          entityId: row.id,
          status: "APPROVED",
          snapshot,
          baseVersion: row.version,
          diasporaIds: [],
          comment: source.revisionNote,
          reviewedAt: new Date(),
        },
      });
      corrected.push(source.key);
    });
  }
  return corrected;
}

type Replaces = NonNullable<SeedOrganization["replaces"]>;

/** Whether the row still holds every value the correction replaces (nobody has edited those fields since). */
function holdsOldValues(row: OrganizationRow, old: Replaces): boolean {
  const text = (locale: string, field: "name" | "description") =>
    row.translations.find((t) => t.locale === locale)?.[field] ?? null;
  return (
    Object.entries(old.names ?? {}).every(([locale, value]) => text(locale, "name") === value) &&
    Object.entries(old.descriptions ?? {}).every(([locale, value]) => text(locale, "description") === value) &&
    (old.status === undefined || row.status === old.status) &&
    (old.foundedYear === undefined || row.foundedYear === old.foundedYear) &&
    (old.dissolvedOn === undefined || dayOf(row.dissolvedOn) === old.dissolvedOn)
  );
}

async function correctOrganizations(db: Database, data: SeedData): Promise<string[]> {
  const corrected: string[] = [];
  for (const organization of data.organizations) {
    const { slug } = organization;
    // The first correction, then each follow-up: a database takes the one whose old values it still holds.
    const steps = [
      ...(organization.replaces && organization.revisionNote
        ? [{ replaces: organization.replaces, revisionNote: organization.revisionNote }]
        : []),
      ...(organization.followUps ?? []),
    ];
    for (const step of steps) if (await correctOrganization(db, data, organization, step)) corrected.push(slug);
  }
  return corrected;
}

/** One correction of one organization, if the row still holds its old values; returns whether it was applied. */
async function correctOrganization(
  db: Database,
  data: SeedData,
  organization: SeedOrganization,
  { replaces: old, revisionNote }: { replaces: Replaces; revisionNote: string },
): Promise<boolean> {
  const { slug } = organization;
  const row = await db.organization.findUnique({ where: { slug }, select: organizationSelect });
  if (!row || !holdsOldValues(row, old)) return false;
  // Published once: a row that holds the old values again (a curator cleared the corrected date) keeps them.
  const published = await db.revision.count({
    where: { entityType: "organization", entityId: row.id, status: "APPROVED", comment: revisionNote },
  });
  if (published > 0) return false;
  let applied = false;
  await db.$transaction(async (tx) => {
    // Conditional on the version read: an approval racing with this start-up wins and the correction waits.
    const { count } = await tx.organization.updateMany({
      where: { id: row.id, version: row.version },
      data: {
        ...(old.status !== undefined ? { status: organization.status } : {}),
        ...(old.foundedYear !== undefined ? { foundedYear: organization.foundedYear ?? null } : {}),
        ...(old.dissolvedOn !== undefined ? { dissolvedOn: dateOf(organization.dissolvedOn ?? null) } : {}),
        version: { increment: 1 },
      },
    });
    if (count !== 1) return;
    const locales = new Set([...Object.keys(old.names ?? {}), ...Object.keys(old.descriptions ?? {})]);
    const names = seededProvenance(organization.names, organization.sources, "names");
    const descriptions = seededProvenance(organization.descriptions, organization.sources, "descriptions");
    for (const locale of locales) {
      // The corrected text's provenance as the seed gives it (decision 0024).
      const text = {
        ...(old.names && locale in old.names
          ? { name: organization.names[locale] ?? null, nameProvenance: names[locale] ?? null }
          : {}),
        ...(old.descriptions && locale in old.descriptions
          ? {
              description: organization.descriptions?.[locale] ?? null,
              descriptionProvenance: descriptions[locale] ?? null,
            }
          : {}),
      };
      await tx.organizationTranslation.upsert({
        where: { organizationId_locale: { organizationId: row.id, locale } },
        create: { organizationId: row.id, locale, ...text },
        update: text,
      });
    }
    // The sources that back the corrected facts: cited after the ones the row has, in the seed's order.
    const sourceIds = await sourceIdsFor(
      tx,
      organization.sources.map((c) => c.source),
      data,
    );
    const cited = new Set(row.sources.map((c) => c.sourceId));
    // A source the row already cites now also backs the corrected date where the seed says so.
    if (old.dissolvedOn !== undefined)
      for (const c of organization.sources) {
        const sourceId = sourceIds.get(c.source)!;
        const held = row.sources.find((r) => r.sourceId === sourceId);
        if (held && c.facts.includes("dissolvedOn") && !held.facts.includes("dissolvedOn"))
          await tx.organizationSource.updateMany({
            where: { organizationId: row.id, sourceId },
            data: { facts: [...held.facts, "dissolvedOn"] },
          });
      }
    let position = Math.max(-1, ...row.sources.map((c) => c.position));
    for (const c of organization.sources) {
      const sourceId = sourceIds.get(c.source)!;
      if (cited.has(sourceId)) continue;
      cited.add(sourceId);
      await tx.organizationSource.create({
        data: { organizationId: row.id, sourceId, facts: c.facts, locator: c.locator ?? null, position: ++position },
      });
    }
    await recordSeedRevision(tx, row, slug, revisionNote);
    applied = true;
  });
  return applied;
}

const ARTICLE =
  "Pivovar, Ershov, Katagoshchina, “Post-Soviet diasporas in the age of the internet”, RUDN Journal of Russian " +
  "History 20(3), 2021, https://doi.org/10.22363/2312-8674-2021-20-3-437-447";

/**
 * Why each entry is a related institution, as its revision says. The classification is docs/research/seed-review.md
 * §6; its two judgement calls are decided conservatively: no diaspora is given that the sources do not give, and a
 * diaspora organization without a diaspora is not allowed (docs/decisions/0025-related-institutions.md).
 */
const JUDGEMENT_CALLS: Record<string, string> = {
  "global-alumni-alliance":
    "The article presents it among the associations of university graduates that the intellectual elites of " +
    "post-Soviet diasporas form, but it unites graduates of Russian universities worldwide, and no source ties it " +
    "to a diaspora; the atlas does not give it one the sources do not give, so it is a related institution.",
  "association-of-scientists-historians-of-uzbekistan-and-russia":
    "A bilateral association of historians of Uzbekistan and Russia: the article names it beside a diaspora's forum " +
    "but says nothing of its members being a diaspora, so it is classed, conservatively, as a related institution; " +
    "its link to the Uzbek diaspora is kept.",
};

export function classificationNote(slug: string): string {
  const why =
    JUDGEMENT_CALLS[slug] ??
    "The article names it beside the diaspora organizations as a bank, an intergovernmental body, a government " +
      "agency, a museum, a consulate or another institution, not as an organization of a diaspora.";
  return (
    `Category: diaspora organization → related institution (kept with its sources, listed apart, not counted among ` +
    `diaspora organizations). ${why} Source: ${ARTICLE}; classification: docs/research/seed-review.md §6 ` +
    `(issue #13, item 4).`
  );
}

/**
 * The seed's categories for databases loaded before the field existed, where every entry became a diaspora
 * organization. Once per entry: an entry that already has this revision is left alone, so a curator who sets the
 * category back keeps it.
 */
async function classifyOrganizations(db: Database, data: SeedData): Promise<string[]> {
  const classified: string[] = [];
  for (const organization of data.organizations) {
    if (organization.category === "DIASPORA_ORGANIZATION") continue;
    const { slug } = organization;
    const row = await db.organization.findUnique({ where: { slug }, select: organizationSelect });
    if (!row || row.category === organization.category) continue;
    const comment = classificationNote(slug);
    const before = await db.revision.count({
      where: { entityType: "organization", entityId: row.id, status: "APPROVED", comment },
    });
    if (before > 0) continue;
    await db.$transaction(async (tx) => {
      // Conditional on the version read: an approval racing with this start-up wins and the correction waits.
      const { count } = await tx.organization.updateMany({
        where: { id: row.id, version: row.version },
        data: { category: organization.category, version: { increment: 1 } },
      });
      if (count !== 1) return;
      await recordSeedRevision(tx, row, slug, comment, { ...row, category: organization.category });
      classified.push(slug);
    });
  }
  return classified;
}
