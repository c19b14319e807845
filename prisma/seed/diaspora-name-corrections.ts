// Diaspora names in every UI language (issue #15, item 7) for databases loaded before the seed held them. A fresh
// database gets them from seedDatabase; the seed never touches a diaspora that exists, so here an existing one gets,
// for each language the seed names a diaspora in: a translation row with that name where the diaspora has no row in
// that language, or the name where its row has none (a row holding only a description). A name a row holds is never
// replaced, whoever wrote it, so a second run finds nothing to do. Each name is marked as the seed marks it
// (seededProvenance: the atlas's own translation unless a citation backs that language's name, decision 0024).
//
// Written directly, without a revision: diasporas are not a curated kind (lib/curation/kinds/index.ts lists
// organizations, events, presences and sources; a diaspora has no form, no revisions and no version), so there is
// no history to record the change in and no curator's edit it could race with, as provenance-corrections.ts does
// for their names' provenance. Only rows or names that are missing are added.
import type { Database } from "../../lib/db/connect";
import { seededProvenance } from "../../lib/sources/text-provenance";
import type { SeedData } from "./seed-schema";

/** Adds each diaspora's missing names; returns "diaspora-names:<slug>" for each diaspora given some. */
export async function recordDiasporaNames(db: Database, data: SeedData): Promise<string[]> {
  const done: string[] = [];
  for (const d of data.diasporas) {
    const row = await db.diaspora.findUnique({
      where: { slug: d.slug },
      select: { id: true, translations: { select: { locale: true, name: true } } },
    });
    if (!row) continue;
    const provenance = seededProvenance(d.names, d.sources, "names");
    const held = new Map(row.translations.map((t) => [t.locale, t.name]));
    const missing = Object.entries(d.names).filter(
      (entry): entry is [string, string] => !!entry[1] && !held.get(entry[0])?.trim(),
    );
    if (missing.length === 0) continue;
    let added = 0;
    await db.$transaction(async (tx) => {
      for (const [locale, name] of missing) {
        const text = { name, nameProvenance: provenance[locale] ?? "ATLAS" };
        if (held.has(locale)) {
          // Conditional on the name still being empty: a name written since is kept.
          const { count } = await tx.diasporaTranslation.updateMany({
            where: { diasporaId: row.id, locale, OR: [{ name: null }, { name: "" }] },
            data: text,
          });
          added += count;
        } else {
          const { count } = await tx.diasporaTranslation.createMany({
            data: [{ diasporaId: row.id, locale, ...text }],
            skipDuplicates: true,
          });
          added += count;
        }
      }
    });
    if (added > 0) done.push(`diaspora-names:${d.slug}`);
  }
  return done;
}
