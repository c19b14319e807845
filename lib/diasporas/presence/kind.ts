import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { ISO_3166_ALPHA2 } from "@/lib/countries/iso-3166";
import { countryName } from "@/lib/i18n/display-names";
import { routing } from "@/lib/i18n/routing";
import type { CurationKind, FieldErrors, Tx } from "@/lib/curation/kinds/types";
import { uuid } from "@/lib/curation/validation";
import { createPresenceFromSnapshot, updatePresenceFromSnapshot } from "./apply";
import { presenceTags } from "./cache-tags";
import { flattenPresence, presenceKey, presenceTitle } from "./diff";
import { presenceInput, presenceIssues, presenceValues } from "./form-values";
import { presenceFormSchema, toSnapshot, type PresenceSnapshot } from "./schema";
import { presenceSnapshotSelect as select, storedPresence as stored } from "./snapshot";

async function load(client: Tx, id: string) {
  // A curation URL can hold anything; only a uuid can name a row.
  if (!uuid.safeParse(id).success) return null;
  const row = await client.diasporaPresence.findUnique({ where: { id }, select });
  return row ? stored(row) : null;
}

/** Host countries whose name in any UI language, or whose code, contains `q`. */
function countriesNamed(q: string): string[] {
  const needle = q.toLocaleLowerCase();
  return ISO_3166_ALPHA2.filter(
    (code) =>
      code.toLowerCase() === needle ||
      routing.locales.some((l) => countryName(code, l).toLocaleLowerCase().includes(needle)),
  );
}

async function list(
  client: Tx,
  { diasporaIds, q, skip, take }: { diasporaIds: string[] | null; q: string; skip: number; take: number },
) {
  const where: Prisma.DiasporaPresenceWhereInput = {
    ...(diasporaIds ? { diasporaId: { in: diasporaIds } } : {}),
    ...(q
      ? {
          OR: [
            { diaspora: { slug: { contains: q, mode: "insensitive" } } },
            { diaspora: { translations: { some: { name: { contains: q, mode: "insensitive" } } } } },
            { countryCode: { in: countriesNamed(q) } },
            ...(/^\d{4}$/.test(q) ? [{ year: Number(q) }] : []),
          ],
        }
      : {}),
  };
  const orderBy: Prisma.DiasporaPresenceOrderByWithRelationInput[] = [
    { diaspora: { slug: "asc" } },
    { countryCode: "asc" },
    { year: { sort: "desc", nulls: "last" } },
    { id: "asc" },
  ];
  const [total, rows] = await Promise.all([
    client.diasporaPresence.count({ where }),
    client.diasporaPresence.findMany({ where, orderBy, skip, take, select }),
  ]);
  return { total, items: rows.map(stored) };
}

/** Unknown diaspora, country or source; or another figure for the same diaspora, country and year. */
async function check(
  client: Tx,
  snapshot: PresenceSnapshot,
  current: { id: string } | null,
): Promise<FieldErrors | null> {
  const [diaspora, country, source, clash] = await Promise.all([
    client.diaspora.count({ where: { id: snapshot.diasporaId } }),
    client.country.count({ where: { code: snapshot.countryCode } }),
    snapshot.sourceId ? client.source.count({ where: { id: snapshot.sourceId } }) : 1,
    // Undated figures clash too: the unique index alone would let several rows without a year through.
    client.diasporaPresence.count({
      where: {
        diasporaId: snapshot.diasporaId,
        countryCode: snapshot.countryCode,
        year: snapshot.year,
        ...(current ? { id: { not: current.id } } : {}),
      },
    }),
  ]);
  const errors: FieldErrors = {};
  if (!diaspora) errors.diasporaId = ["unknownReference"];
  if (!country) errors.hostCountry = ["unknownReference"];
  if (!source) errors.sourceId = ["unknownReference"];
  if (diaspora && country && clash) errors.year = ["presenceTaken"];
  return Object.keys(errors).length ? errors : null;
}

export const presenceKind: CurationKind<PresenceSnapshot> = {
  type: "presence",
  permissions: { create: "create:presence", update: "update:presence" },
  arrayFields: [],
  parse(values) {
    const parsed = presenceFormSchema.safeParse(presenceInput(values));
    if (!parsed.success) return { ok: false, fieldErrors: presenceIssues(parsed.error) };
    return { ok: true, id: parsed.data.id, version: parsed.data.version, snapshot: toSnapshot(parsed.data) };
  },
  toValues: presenceValues,
  load,
  find: load,
  list,
  scope: (snapshot) => [snapshot.diasporaId],
  check,
  cacheTags: presenceTags,
  create: createPresenceFromSnapshot,
  update: updatePresenceFromSnapshot,
  flatten: flattenPresence,
  title: presenceTitle,
  key: presenceKey,
  refs: (snapshot) => ({ sources: snapshot.sourceId ? [snapshot.sourceId] : [] }),
  path: "presence",
  ref: (entry) => entry.id,
  publicHref: (snapshot, names) => `/diasporas/${names.diasporaSlug?.(snapshot.diasporaId) ?? snapshot.diasporaId}`,
};
