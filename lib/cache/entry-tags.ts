import "server-only";
// The pages of the entries a published entry is linked to, which list it (./tags.ts). Each kind's cache-tags.ts
// (lib/organizations, lib/events, lib/diasporas/presence, lib/sources) names what publishing one of its entries
// expires, with these.
import type { Prisma } from "@/lib/db/generated/client";
import { cacheTags } from "./tags";

type Client = Prisma.TransactionClient;

export async function diasporaPageTags(client: Client, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await client.diaspora.findMany({ where: { id: { in: ids } }, select: { slug: true } });
  return rows.map((d) => cacheTags.diaspora(d.slug));
}

export async function organizationPageTags(client: Client, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await client.organization.findMany({ where: { id: { in: ids } }, select: { slug: true } });
  return rows.map((o) => cacheTags.organization(o.slug));
}
