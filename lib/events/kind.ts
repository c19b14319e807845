import "server-only";
import { keepProvenance } from "@/lib/sources/text-provenance";
import { eventTags } from "./cache-tags";
import type { Prisma } from "@/lib/db/generated/client";
import { pickLocalized } from "@/lib/i18n/localized";
import { createEventFromSnapshot, updateEventFromSnapshot } from "./apply";
import { flattenEvent } from "./diff";
import { EVENT_ARRAY_FIELDS, eventInput, eventIssuesByField, eventValues } from "./form-values";
import { eventFormSchema, eventImportSchema, toSnapshot, type EventSnapshot } from "./schema";
import { eventRowToSnapshot, eventSnapshotSelect } from "./snapshot";
import { checkReferences } from "@/lib/curation/references";
import type { CurationKind, FieldErrors, Stored, Tx } from "@/lib/curation/kinds/types";

async function load(client: Tx, where: { id: string } | { slug: string }) {
  const row = await client.event.findUnique({ where, select: eventSnapshotSelect });
  return row ? { id: row.id, version: row.version, snapshot: eventRowToSnapshot(row) } : null;
}

async function list(
  client: Tx,
  { diasporaIds, q, skip, take }: { diasporaIds: string[] | null; q: string; skip: number; take: number },
) {
  const where: Prisma.EventWhereInput = {
    ...(diasporaIds ? { diasporas: { some: { diasporaId: { in: diasporaIds } } } } : {}),
    ...(q
      ? {
          OR: [
            { slug: { contains: q, mode: "insensitive" } },
            { translations: { some: { title: { contains: q, mode: "insensitive" } } } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    client.event.count({ where }),
    client.event.findMany({ where, orderBy: { slug: "asc" }, skip, take, select: eventSnapshotSelect }),
  ]);
  return { total, items: rows.map((row) => ({ id: row.id, version: row.version, snapshot: eventRowToSnapshot(row) })) };
}

/** Diasporas, the host country and the organizers must exist; a new event's address must be free. */
async function check(
  client: Tx,
  snapshot: EventSnapshot,
  current: Stored<EventSnapshot> | null,
): Promise<FieldErrors | null> {
  const errors: FieldErrors = {};
  const references = await checkReferences(client, {
    diasporaIds: snapshot.diasporaIds,
    countryCodes: snapshot.countryCode ? [snapshot.countryCode] : [],
  });
  if (references?.diasporaIds) errors.diasporaIds = references.diasporaIds;
  if (references?.countryCodes) errors.countryCode = references.countryCodes;
  const organizers = await client.organization.count({ where: { id: { in: snapshot.organizerIds } } });
  if (organizers !== snapshot.organizerIds.length) errors.organizerIds = ["unknownReference"];
  if (!current && (await client.event.findUnique({ where: { slug: snapshot.slug }, select: { id: true } })))
    errors.slug = ["slugTaken"];
  return Object.keys(errors).length ? errors : null;
}

export const eventKind: CurationKind<EventSnapshot> = {
  type: "event",
  permissions: { create: "create:event", update: "update:event" },
  arrayFields: EVENT_ARRAY_FIELDS,
  parse(values, options) {
    const parsed = (options?.unscoped ? eventImportSchema : eventFormSchema).safeParse(eventInput(values));
    if (!parsed.success) return { ok: false, fieldErrors: eventIssuesByField(parsed.error) };
    return { ok: true, id: parsed.data.id, version: parsed.data.version, snapshot: toSnapshot(parsed.data) };
  },
  toValues: eventValues,
  load: (client, id) => load(client, { id }),
  find: (client, slug) => load(client, { slug }),
  list,
  scope: (snapshot) => snapshot.diasporaIds,
  check,
  // The address of a published event does not change through the form; text left as it was keeps its provenance.
  keep: (current, next) => ({
    ...next,
    slug: current.slug,
    translations: keepProvenance(current.translations, next.translations, [
      ["title", "titleProvenance"],
      ["description", "descriptionProvenance"],
    ]),
  }),
  cacheTags: eventTags,
  create: createEventFromSnapshot,
  update: updateEventFromSnapshot,
  flatten: flattenEvent,
  title: (snapshot, locale) => pickLocalized(snapshot.translations, "title", locale),
  key: (snapshot) => snapshot.slug,
  refs: (snapshot) => ({ organizations: snapshot.organizerIds }),
  linkFields: { organizations: "organizerIds" },
  path: "events",
  ref: (stored) => stored.snapshot.slug,
  publicHref: (snapshot) => `/events/${snapshot.slug}`,
};
