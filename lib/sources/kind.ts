import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { CurationKind, Tx } from "@/lib/curation/kinds/types";
import { issuesByField } from "@/lib/organizations/form-values";
import { createSourceFromSnapshot, updateSourceFromSnapshot } from "./apply";
import { sourceTags } from "./cache-tags";
import { flattenSource } from "./diff";
import { sourceInput, sourceValues } from "./form-values";
import { sourceFormSchema, toSnapshot, type SourceSnapshot } from "./schema";
import { sourceSnapshotSelect, storedSource } from "./snapshot";

// A source belongs to no diaspora by itself: whoever cites it decides who may edit it. Its scope is the union of
// the diasporas of every entry citing it, derived on load (SourceSnapshot.citedIn). Creating one is open to any
// curator ("create:source"); editing a cited one, to the curators of a citing diaspora; an uncited one, only to
// global moderators and admins. The list offers a scoped curator the sources cited within their diasporas — the
// ones they may edit — and not the ones they created, which they could open but not save.

async function load(client: Tx, where: { id: string } | { key: string }) {
  const row = await client.source.findUnique({ where, select: sourceSnapshotSelect });
  return row ? storedSource(row) : null;
}

/** Sources cited by an entry of one of the diasporas. */
function citedWithin(ids: string[]): Prisma.SourceWhereInput {
  const linked = { some: { diasporaId: { in: ids } } };
  return {
    OR: [
      { organizations: { some: { organization: { diasporas: linked } } } },
      { events: { some: { event: { diasporas: linked } } } },
      { diasporas: linked },
      { presences: linked },
    ],
  };
}

async function list(
  client: Tx,
  { diasporaIds: ids, q, skip, take }: { diasporaIds: string[] | null; q: string; skip: number; take: number },
) {
  const matching: Prisma.SourceWhereInput = q
    ? {
        OR: [
          { key: { contains: q, mode: "insensitive" } },
          { title: { contains: q, mode: "insensitive" } },
          { authors: { contains: q, mode: "insensitive" } },
        ],
      }
    : {};
  const where: Prisma.SourceWhereInput = { AND: [ids ? citedWithin(ids) : {}, matching] };
  const [total, rows] = await Promise.all([
    client.source.count({ where }),
    client.source.findMany({ where, orderBy: { key: "asc" }, skip, take, select: sourceSnapshotSelect }),
  ]);
  return { total, items: rows.map(storedSource) };
}

export const sourceKind: CurationKind<SourceSnapshot> = {
  type: "source",
  permissions: { create: "create:source", update: "update:source" },
  arrayFields: [],
  parse(values) {
    const parsed = sourceFormSchema.safeParse(sourceInput(values));
    if (!parsed.success) return { ok: false, fieldErrors: issuesByField(parsed.error) };
    return { ok: true, id: parsed.data.id, version: parsed.data.version, snapshot: toSnapshot(parsed.data) };
  },
  toValues: sourceValues,
  load: (client, id) => load(client, { id }),
  find: (client, key) => load(client, { key }),
  list,
  scope: (snapshot) => snapshot.citedIn,
  async check(client, snapshot, current) {
    if (!current && (await client.source.findUnique({ where: { key: snapshot.key }, select: { id: true } })))
      return { key: ["keyTaken"] };
    return null;
  },
  // Citations elsewhere may use the key, and the form cannot change who cites the source.
  keep: (current, next) => ({ ...next, key: current.key, citedIn: current.citedIn }),
  cacheTags: sourceTags,
  create: createSourceFromSnapshot,
  update: updateSourceFromSnapshot,
  flatten: (snapshot) => flattenSource(snapshot),
  // A bibliographic title is shown as written, whatever its language (often transliterated): never marked as a fallback.
  title: (snapshot, locale) => ({ value: snapshot.title, locale, isFallback: false }),
  key: (snapshot) => snapshot.key,
  path: "sources",
  ref: (stored) => stored.snapshot.key,
  // No page of its own: a source is read in the numbered reference lists of the entries citing it.
};
