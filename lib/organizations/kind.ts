import "server-only";
import { organizationTags } from "./cache-tags";
import type { Prisma } from "@/lib/db/generated/client";
import { pickLocalized } from "@/lib/i18n/localized";
import { createFromSnapshot, updateFromSnapshot } from "./apply";
import { issuesByField, organizationInput, snapshotValues, ARRAY_FIELDS } from "./form-values";
import { organizationFormSchema, toSnapshot, type OrganizationSnapshot } from "./schema";
import { organizationRowSelect } from "./row";
import { citationRowsSelect, rowToSnapshot } from "./snapshot";
import { unsourcedFacts, changedFacts } from "@/lib/curation/sourcing";
import { keepProvenance } from "@/lib/sources/text-provenance";
import { checkReferences } from "@/lib/curation/references";
import { possibleDuplicates } from "./find-similar-organizations";
import { flattenOrganization, organizationFactValues } from "./diff";
import type { CurationKind, Tx } from "@/lib/curation/kinds/types";

const PROVENANCE_FIELDS = [
  ["name", "nameProvenance"],
  ["description", "descriptionProvenance"],
] as const;

async function load(client: Tx, where: { id: string } | { slug: string }) {
  const row = await client.organization.findUnique({
    where,
    select: { ...organizationRowSelect, sources: citationRowsSelect },
  });
  return row ? { id: row.id, version: row.version, snapshot: rowToSnapshot(row, row.sources) } : null;
}

async function list(
  client: Tx,
  { diasporaIds, q, skip, take }: { diasporaIds: string[] | null; q: string; skip: number; take: number },
) {
  const where: Prisma.OrganizationWhereInput = {
    ...(diasporaIds ? { diasporas: { some: { diasporaId: { in: diasporaIds } } } } : {}),
    ...(q
      ? {
          OR: [
            { slug: { contains: q, mode: "insensitive" } },
            { acronym: { contains: q, mode: "insensitive" } },
            { translations: { some: { name: { contains: q, mode: "insensitive" } } } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    client.organization.count({ where }),
    client.organization.findMany({ where, orderBy: { slug: "asc" }, skip, take, select: organizationRowSelect }),
  ]);
  return { total, items: rows.map((row) => ({ id: row.id, version: row.version, snapshot: rowToSnapshot(row) })) };
}

export const organizationKind: CurationKind<OrganizationSnapshot> = {
  type: "organization",
  permissions: { create: "create:organization", update: "update:organization" },
  arrayFields: ARRAY_FIELDS,
  // An admin's import is checked as a curator's form is: a diaspora organization names a diaspora, and an entry
  // linked to none (a bank, a CIS body) comes as a related institution.
  parse(values) {
    const parsed = organizationFormSchema.safeParse(organizationInput(values));
    if (!parsed.success) return { ok: false, fieldErrors: issuesByField(parsed.error) };
    return { ok: true, id: parsed.data.id, version: parsed.data.version, snapshot: toSnapshot(parsed.data) };
  },
  toValues: snapshotValues,
  load: (client, id) => load(client, { id }),
  find: (client, slug) => load(client, { slug }),
  list,
  scope: (snapshot) => snapshot.diasporaIds,
  async check(client, snapshot, current) {
    const references = await checkReferences(client, snapshot);
    if (references) return references;
    const cited = (snapshot.citations ?? []).flatMap((c) => (c.sourceId ? [c.sourceId] : []));
    if (cited.length && (await client.source.count({ where: { id: { in: cited } } })) !== new Set(cited).size) {
      const known = new Set(
        (await client.source.findMany({ where: { id: { in: cited } }, select: { id: true } })).map((s) => s.id),
      );
      const errors: Record<string, string[]> = {};
      (snapshot.citations ?? []).forEach((c, i) => {
        if (c.sourceId && !known.has(c.sourceId)) errors[`citation.${i}.sourceId`] = ["unknownReference"];
      });
      return errors;
    }
    if (!current && (await client.organization.findUnique({ where: { slug: snapshot.slug }, select: { id: true } })))
      return { slug: ["slugTaken"] };
    return null;
  },
  // A new organization close to an existing one is shown with its look-alikes until the curator confirms it differs.
  confirm: (snapshot, values, { locale, current }) =>
    current ? Promise.resolve(null) : possibleDuplicates(snapshot, values, locale),
  // The address of a published entry does not change through the form; text left as it was keeps its provenance;
  // values without the form's citation fields (an import, a crafted post) keep the entry's citations.
  keep: (current, next) => ({
    ...next,
    slug: current.slug,
    translations: keepProvenance(current.translations, next.translations, PROVENANCE_FIELDS),
    citations: next.citations ?? current.citations,
  }),
  // Imports (no citations in the snapshot) cite their file and are not checked here.
  unsourced: (current, next) =>
    next.citations
      ? unsourcedFacts(
          changedFacts(current ? organizationFactValues(current) : null, organizationFactValues(next)),
          current?.citations ?? [],
          next.citations,
        )
      : [],
  cacheTags: organizationTags,
  addresses: (snapshot) => snapshot.channels.map((c) => c.url),
  create: createFromSnapshot,
  update: updateFromSnapshot,
  flatten: flattenOrganization,
  title: (snapshot, locale) => pickLocalized(snapshot.translations, "name", locale),
  key: (snapshot) => snapshot.slug,
  refs: (snapshot) => ({ sources: (snapshot.citations ?? []).flatMap((c) => (c.sourceId ? [c.sourceId] : [])) }),
  path: "organizations",
  ref: (stored) => stored.snapshot.slug,
  publicHref: (snapshot) => `/organizations/${snapshot.slug}`,
};
