import "server-only";
// What publishing one entry expires (./tags.ts): the entry, its kind's lists, and the pages of the entries it is
// linked to, which list it. Called with the published snapshot and, for an edit, the one it replaced, so a link
// that was removed expires the page that showed it too.
import type { Tx } from "@/lib/curation/kinds/types";
import type { EventSnapshot } from "@/lib/events/schema";
import type { OrganizationSnapshot } from "@/lib/organizations/schema";
import type { PresenceSnapshot } from "@/lib/diasporas/presence/schema";
import type { SourceSnapshot } from "@/lib/sources/schema";
import { cacheTags } from "./tags";

async function diasporaPages(client: Tx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await client.diaspora.findMany({ where: { id: { in: ids } }, select: { slug: true } });
  return rows.map((d) => cacheTags.diaspora(d.slug));
}

async function organizationPages(client: Tx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await client.organization.findMany({ where: { id: { in: ids } }, select: { slug: true } });
  return rows.map((o) => cacheTags.organization(o.slug));
}

export async function organizationTags(client: Tx, snapshot: OrganizationSnapshot): Promise<string[]> {
  return [
    cacheTags.organization(snapshot.slug),
    cacheTags.list("organizations"),
    ...(await diasporaPages(client, snapshot.diasporaIds)),
    ...snapshot.countryCodes.map(cacheTags.country),
  ];
}

// Its organizers' pages list it (and, through their tag, the other pages naming them).
export async function eventTags(client: Tx, snapshot: EventSnapshot): Promise<string[]> {
  return [
    cacheTags.event(snapshot.slug),
    cacheTags.list("events"),
    ...(await diasporaPages(client, snapshot.diasporaIds)),
    ...(snapshot.countryCode ? [cacheTags.country(snapshot.countryCode)] : []),
    ...(await organizationPages(client, snapshot.organizerIds)),
  ];
}

export async function presenceTags(client: Tx, snapshot: PresenceSnapshot): Promise<string[]> {
  return [
    cacheTags.list("presences"),
    ...(await diasporaPages(client, [snapshot.diasporaId])),
    cacheTags.country(snapshot.countryCode),
  ];
}

export async function sourceTags(_client: Tx, snapshot: SourceSnapshot): Promise<string[]> {
  return [cacheTags.source(snapshot.key), cacheTags.list("sources")];
}

/**
 * What an import published: each created or updated entry's tags as it now stands, and the source it cites.
 * (Links an update removed are not known afterwards; the kind's list tag covers the lists, and the pages of
 * diasporas or countries it left refresh within their cache life.)
 */
export async function importedTags(
  client: Tx,
  kindName: string,
  slugs: string[],
  sourceKey: string | undefined,
): Promise<string[]> {
  const { kindOf } = await import("@/lib/curation/kinds");
  const kind = kindOf(kindName);
  if (!kind) return [];
  const tags: string[] = sourceKey ? [cacheTags.source(sourceKey), cacheTags.list("sources")] : [];
  for (const slug of slugs) {
    const stored = await kind.find(client, slug);
    if (stored) tags.push(...(await kind.cacheTags(client, stored.snapshot)));
  }
  return [...new Set(tags)];
}
