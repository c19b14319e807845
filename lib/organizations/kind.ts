import "server-only";
import { organizationTags } from "./cache-tags";
import type { Prisma } from "@/lib/db/generated/client";
import { pickLocalized } from "@/lib/i18n/localized";
import { createFromSnapshot, updateFromSnapshot } from "./apply";
import { issuesByField, organizationInput, snapshotValues, ARRAY_FIELDS } from "./form-values";
import { organizationFormSchema, organizationImportSchema, toSnapshot, type OrganizationSnapshot } from "./schema";
import { organizationRowSelect } from "./row";
import { rowToSnapshot } from "./snapshot";
import { keepProvenance } from "@/lib/sources/text-provenance";
import { checkReferences } from "@/lib/curation/references";
import { possibleDuplicates } from "./find-similar-organizations";
import { flattenOrganization } from "./diff";
import type { CurationKind, Tx } from "@/lib/curation/kinds/types";

const PROVENANCE_FIELDS = [
  ["name", "nameProvenance"],
  ["description", "descriptionProvenance"],
] as const;

async function load(client: Tx, where: { id: string } | { slug: string }) {
  const row = await client.organization.findUnique({ where, select: organizationRowSelect });
  return row ? { id: row.id, version: row.version, snapshot: rowToSnapshot(row) } : null;
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
  parse(values, options) {
    const parsed = (options?.unscoped ? organizationImportSchema : organizationFormSchema).safeParse(
      organizationInput(values),
    );
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
    if (!current && (await client.organization.findUnique({ where: { slug: snapshot.slug }, select: { id: true } })))
      return { slug: ["slugTaken"] };
    return null;
  },
  // A new organization close to an existing one is shown with its look-alikes until the curator confirms it differs.
  confirm: (snapshot, values, { locale, current }) =>
    current ? Promise.resolve(null) : possibleDuplicates(snapshot, values, locale),
  // The address of a published entry does not change through the form; text left as it was keeps its provenance.
  keep: (current, next) => ({
    ...next,
    slug: current.slug,
    translations: keepProvenance(current.translations, next.translations, PROVENANCE_FIELDS),
  }),
  cacheTags: organizationTags,
  create: createFromSnapshot,
  update: updateFromSnapshot,
  flatten: flattenOrganization,
  title: (snapshot, locale) => pickLocalized(snapshot.translations, "name", locale),
  key: (snapshot) => snapshot.slug,
  path: "organizations",
  ref: (stored) => stored.snapshot.slug,
  publicHref: (snapshot) => `/organizations/${snapshot.slug}`,
};
