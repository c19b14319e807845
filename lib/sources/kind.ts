import "server-only";
import { sourceTags } from "@/lib/cache/entry-tags";
import type { Prisma } from "@/lib/db/generated/client";
import { Conflict } from "@/lib/errors";
import { issuesByField } from "@/lib/organizations/form-values";
import { uniqueOr } from "@/lib/curation/unique-conflict";
import { flattenSource } from "./diff";
import { sourceFormSchema, sourceInput, sourceValues, toSnapshot, type SourceSnapshot } from "./schema";
import type { CurationKind, Stored, Tx } from "@/lib/curation/kinds/types";

// A source belongs to no diaspora by itself: whoever cites it decides who may edit it. Its scope is the union of
// the diasporas of every entry citing it, derived on load (SourceSnapshot.citedIn). Creating one is open to any
// curator ("create:source"); editing a cited one, to the curators of a citing diaspora; an uncited one, only to
// global moderators and admins. The list offers a scoped curator the sources cited within their diasporas — the
// ones they may edit — and not the ones they created, which they could open but not save.

const diasporaIds = { select: { diasporaId: true } } as const;

const select = {
  id: true,
  version: true,
  key: true,
  authors: true,
  title: true,
  publication: true,
  volume: true,
  issue: true,
  pages: true,
  place: true,
  publisher: true,
  year: true,
  doi: true,
  url: true,
  accessedOn: true,
  note: true,
  organizations: { select: { organization: { select: { diasporas: diasporaIds } } } },
  events: { select: { event: { select: { diasporas: diasporaIds } } } },
  diasporas: diasporaIds,
  presences: diasporaIds,
} satisfies Prisma.SourceSelect;

type Row = Prisma.SourceGetPayload<{ select: typeof select }>;

function toStored(row: Row): Stored<SourceSnapshot> {
  const citedIn = [
    ...row.organizations.flatMap((c) => c.organization.diasporas),
    ...row.events.flatMap((c) => c.event.diasporas),
    ...row.diasporas,
    ...row.presences,
  ].map((d) => d.diasporaId);
  return {
    id: row.id,
    version: row.version,
    snapshot: {
      key: row.key,
      authors: row.authors,
      title: row.title,
      publication: row.publication,
      volume: row.volume,
      issue: row.issue,
      pages: row.pages,
      place: row.place,
      publisher: row.publisher,
      year: row.year,
      doi: row.doi,
      url: row.url,
      accessedOn: row.accessedOn ? row.accessedOn.toISOString().slice(0, 10) : null,
      note: row.note,
      citedIn: [...new Set(citedIn)].sort(),
    },
  };
}

async function load(client: Tx, where: { id: string } | { key: string }) {
  const row = await client.source.findUnique({ where, select });
  return row ? toStored(row) : null;
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
    client.source.findMany({ where, orderBy: { key: "asc" }, skip, take, select }),
  ]);
  return { total, items: rows.map(toStored) };
}

/** The stored columns of a snapshot (the key is set once, at creation). */
const columns = (s: SourceSnapshot) => ({
  authors: s.authors,
  title: s.title,
  publication: s.publication,
  volume: s.volume,
  issue: s.issue,
  pages: s.pages,
  place: s.place,
  publisher: s.publisher,
  year: s.year,
  doi: s.doi,
  url: s.url,
  accessedOn: s.accessedOn ? new Date(`${s.accessedOn}T00:00:00Z`) : null,
  note: s.note,
});

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
  async create(tx, snapshot) {
    if (await tx.source.findUnique({ where: { key: snapshot.key }, select: { id: true } }))
      throw new Conflict("keyTaken");
    const created = await uniqueOr("keyTaken", () =>
      tx.source.create({ data: { key: snapshot.key, ...columns(snapshot), version: 1 }, select: { id: true } }),
    );
    return created.id;
  },
  async update(tx, id, baseVersion, snapshot) {
    const { count } = await tx.source.updateMany({
      where: { id, version: baseVersion },
      data: { ...columns(snapshot), version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict("staleVersion");
  },
  flatten: (snapshot) => flattenSource(snapshot),
  // A bibliographic title is shown as written, whatever its language (often transliterated): never marked as a fallback.
  title: (snapshot, locale) => ({ value: snapshot.title, locale, isFallback: false }),
  key: (snapshot) => snapshot.key,
  path: "sources",
  ref: (stored) => stored.snapshot.key,
  // No page of its own: a source is read in the numbered reference lists of the entries citing it.
};
