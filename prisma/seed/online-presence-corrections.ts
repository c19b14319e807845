// Presence without an address (issue #13 item 6, docs/decisions/0027-presence-without-address.md) for databases loaded
// before the field existed. A fresh database gets it from seedDatabase; here an existing one gets, for each seed
// entry that records one, the presence and the citation fact "onlinePresence" on the source the seed cites for it,
// published as an approved revision whose comment quotes the source. An entry that already records a presence (a
// curator's) is left as it is, and one that has this revision already is not touched again, so a curator who later
// removes the presence keeps that choice and a second run finds nothing to do.
import type { Database } from "../../lib/db/connect";
import type { SeedData } from "./seed-schema";
import { citeFacts, organizationSelect, recordSeedRevision, sourceIdsFor } from "./seed-rows";

const ARTICLE =
  "Pivovar, Ershov, Katagoshchina, “Post-Soviet diasporas in the age of the internet”, RUDN Journal of Russian " +
  "History 20(3), 2021, https://doi.org/10.22363/2312-8674-2021-20-3-437-447";

/** What the article says, per entry, as docs/research/seed-review.md §6 (and seed-review.json) quotes it. */
const QUOTES: Record<string, string> = {
  "all-russian-azerbaijan-congress":
    "These organizations actively promote a positive image of their homeland’s traditional culture and the " +
    "achievements of modern Azerbaijan through their official websites and social media. (said of the Azerbaijani " +
    "organizations it has just named, the Congress among them)",
  "association-of-armenians-of-russia":
    "one of the main goals of the Association of Armenians of Russia is to support educational projects and a " +
    "dialogue of cultures through its “Portal to the Armenian World.”",
  "federal-georgian-national-cultural-autonomy":
    "the website of the Federal Georgian National-Cultural Autonomy in Russia provides a wide range of materials " +
    "about the history of the Georgian Diaspora in Russia",
  "russian-community-of-azerbaijan":
    "expatriate organizations, including the Russian Community of Azerbaijan, the Association of Russian Youth of " +
    "Azerbaijan (ARMA), the Center of Russian Culture, etc., use the Internet more actively",
  arma:
    "expatriate organizations, including the Russian Community of Azerbaijan, the Association of Russian Youth of " +
    "Azerbaijan (ARMA), the Center of Russian Culture, etc., use the Internet more actively",
  "center-of-russian-culture-azerbaijan":
    "expatriate organizations, including the Russian Community of Azerbaijan, the Association of Russian Youth of " +
    "Azerbaijan (ARMA), the Center of Russian Culture, etc., use the Internet more actively",
  rossotrudnichestvo:
    "representatives of Rossotrudnichestvo … actively exploit the Internet by posting educational materials, " +
    "information about events … on their websites, in the media, and social networking websites",
  "assembly-of-peoples-of-kazakhstan":
    "Details about ethno-cultural associations in Kazakhstan are posted on the website of the Assembly of Peoples of " +
    "Kazakhstan and on social media",
  "russian-compatriots-in-uzbekistan-portal":
    "the joint portal, “Russian Compatriots in the Republic of Uzbekistan,” provides some information about Russian, " +
    "Bashkir and Tatar cultural centers there",
};

const LABELS = { WEBSITE: "website", SOCIAL_MEDIA: "social media", INTERNET: "uses the internet" } as const;

export function onlinePresenceNote(organization: SeedData["organizations"][number]): string {
  const cited = organization.sources.find((c) => c.facts.includes("onlinePresence"));
  const quote = QUOTES[organization.slug];
  return (
    `Online presence without an address recorded: ${organization.onlinePresence.map((p) => LABELS[p]).join(", ")} ` +
    `(address not recorded). ` +
    (cited?.source === "article" ? `Source: ${ARTICLE}` : `Source: ${cited?.source}`) +
    (cited?.locator ? `, ${cited.locator}` : "") +
    (quote ? `: “${quote}”` : "") +
    `. Review: docs/research/seed-review.md §6 (issue #13, item 6).`
  );
}

/** Publishes each pending presence; returns the slugs of the organizations given one. */
export async function recordOnlinePresence(db: Database, data: SeedData): Promise<string[]> {
  const recorded: string[] = [];
  for (const organization of data.organizations) {
    if (organization.onlinePresence.length === 0) continue;
    const { slug } = organization;
    const row = await db.organization.findUnique({ where: { slug }, select: organizationSelect });
    if (!row || row.onlinePresence.length > 0) continue;
    const comment = onlinePresenceNote(organization);
    const before = await db.revision.count({
      where: { entityType: "organization", entityId: row.id, status: "APPROVED", comment },
    });
    if (before > 0) continue;
    await db.$transaction(async (tx) => {
      // Conditional on the version read: an approval racing with this start-up wins and the correction waits.
      const { count } = await tx.organization.updateMany({
        where: { id: row.id, version: row.version },
        data: { onlinePresence: organization.onlinePresence, version: { increment: 1 } },
      });
      if (count !== 1) return;
      // The citation that backs it: the entry's citation of that source gains the fact, or the source is cited.
      const backing = organization.sources.filter((c) => c.facts.includes("onlinePresence"));
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
          facts: ["onlinePresence"],
          locator: c.locator ?? null,
        })),
      );
      await recordSeedRevision(tx, row, slug, comment);
      recorded.push(slug);
    });
  }
  return recorded;
}
