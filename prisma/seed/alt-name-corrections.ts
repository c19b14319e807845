// Other names (issue #13 item 3) for databases loaded before the field existed. A fresh database gets them from
// seedDatabase; here an existing one gets, for each seed entry that records some, the names and the citation fact
// "altNames.<locale>" on the source the seed cites for them, published as an approved revision whose comment quotes
// the source. An entry that already records other names (a curator's) is left as it is, and one that has this
// revision already is not touched again, so a curator who later removes a name keeps that choice and a second run
// finds nothing to do.
import type { Database } from "../../lib/db/connect";
import type { SeedData } from "./seed-schema";
import { citeFacts, organizationSelect, recordSeedRevision, sourceIdsFor } from "./seed-rows";

const ARTICLE =
  "Pivovar, Ershov, Katagoshchina, “Post-Soviet diasporas in the age of the internet”, RUDN Journal of Russian " +
  "History 20(3), 2021, https://doi.org/10.22363/2312-8674-2021-20-3-437-447";

type SeedOrganization = SeedData["organizations"][number];

/** The revision's comment: the names, per language, and the source that prints them. */
export function altNamesNote(organization: SeedOrganization): string {
  const parts = Object.entries(organization.altNames).map(([locale, names]) => {
    const cited = organization.sources.filter((c) => c.facts.includes(`altNames.${locale}`));
    const where = cited
      .map((c) => (c.source === "article" ? ARTICLE : c.source) + (c.locator ? `, ${c.locator}` : ""))
      .join("; ");
    return `${names.map((n) => `“${n}”`).join(", ")} (${locale}), as printed in ${where}`;
  });
  return `Other names recorded: ${parts.join("; ")}. Issue #13, item 3; docs/research/seed-review.md §4a.`;
}

/** Publishes each pending entry's other names; returns the slugs of the organizations given them. */
export async function recordAltNames(db: Database, data: SeedData): Promise<string[]> {
  const recorded: string[] = [];
  for (const organization of data.organizations) {
    const locales = Object.keys(organization.altNames);
    if (locales.length === 0) continue;
    const { slug } = organization;
    const row = await db.organization.findUnique({ where: { slug }, select: organizationSelect });
    if (!row || row.translations.some((t) => t.altNames.length > 0)) continue;
    // Only where the language's row is there to hold them (a curator who deleted the English name keeps that).
    const held = locales.filter((l) => row.translations.some((t) => t.locale === l && t.name));
    if (held.length === 0) continue;
    const comment = altNamesNote(organization);
    const before = await db.revision.count({
      where: { entityType: "organization", entityId: row.id, status: "APPROVED", comment },
    });
    if (before > 0) continue;
    await db.$transaction(async (tx) => {
      // Conditional on the version read: an approval racing with this start-up wins and the correction waits.
      const { count } = await tx.organization.updateMany({
        where: { id: row.id, version: row.version },
        data: { version: { increment: 1 } },
      });
      if (count !== 1) return;
      for (const locale of held)
        await tx.organizationTranslation.update({
          where: { organizationId_locale: { organizationId: row.id, locale } },
          data: { altNames: organization.altNames[locale] },
        });
      // The citation that backs them: the entry's citation of that source gains the fact, or the source is cited.
      const backing = organization.sources.filter((c) => held.some((l) => c.facts.includes(`altNames.${l}`)));
      const sourceIds = await sourceIdsFor(
        tx,
        backing.map((c) => c.source),
        data,
      );
      await citeFacts(
        tx,
        row,
        backing.map((c) => ({
          sourceId: sourceIds.get(c.source)!,
          facts: held.map((l) => `altNames.${l}`).filter((f) => c.facts.includes(f)),
          locator: c.locator ?? null,
        })),
      );
      await recordSeedRevision(tx, row, slug, comment);
      recorded.push(slug);
    });
  }
  return recorded;
}
