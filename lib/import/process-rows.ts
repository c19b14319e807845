import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { diffFlat } from "@/lib/curation/diff";
import type { EventSnapshot } from "@/lib/events/schema";
import { kindOf } from "@/lib/curation/kinds";
import type { CurationKind, FieldErrors, FormValues, Tx } from "@/lib/curation/kinds/types";
import type { OrganizationSnapshot } from "@/lib/organizations/schema";
import { pickLocalized } from "@/lib/i18n/localized";
import { eventFacts, organizationFacts } from "./facts";
import type { ImportKind } from "./import-schema";
import type { PlanRow } from "./plan";
import type { EventImport, ImportRecord, OrganizationImport, ReadRow } from "./records";
import { citeImport, createImportSource, recordImportRevision, type ImportSource } from "./record-import";
import { columnOf, errorsByColumn, eventValues, organizationValues, type SlugIds } from "./to-values";

type Context = { actor: Actor; fileName: string; locale: string; now: Date };

const slugIds = (rows: { id: string; slug: string }[]): SlugIds => new Map(rows.map((r) => [r.slug, r.id]));

function recordTitle(record: ImportRecord, locale: string): string | null {
  const texts = "title" in record ? record.title : record.name;
  return (
    pickLocalized(
      Object.entries(texts).map(([l, value]) => ({ locale: l, value })),
      "value",
      locale,
    )?.value ?? null
  );
}

async function formValues(
  tx: Tx,
  kind: ImportKind,
  record: ImportRecord,
  diasporas: SlugIds,
): Promise<{ values: FormValues; errors: FieldErrors }> {
  if (kind === "organization") return organizationValues(record as OrganizationImport, diasporas);
  const event = record as EventImport;
  const organizers = await tx.organization.findMany({
    where: { slug: { in: event.organizers } },
    select: { id: true, slug: true },
  });
  return eventValues(event, diasporas, slugIds(organizers));
}

/**
 * Runs every row of an import, in file order, inside the caller's transaction: each row is validated by its kind's
 * schema and reference checks, then created or updated through the kind's own create/update (so later rows see
 * earlier ones), with an approved revision by the admin and a citation of the import's source. Rejected rows are
 * reported, not written; the caller rolls the whole transaction back if any row was rejected or on a dry run.
 */
export async function processRows(
  tx: Tx,
  kindName: ImportKind,
  rows: readonly ReadRow[],
  context: Context,
): Promise<{ rows: PlanRow[]; source: ImportSource | null }> {
  const kind = kindOf(kindName) as CurationKind<OrganizationSnapshot | EventSnapshot>;
  const diasporas = slugIds(await tx.diaspora.findMany({ select: { id: true, slug: true } }));
  const seen = new Set<string>();
  const out: PlanRow[] = [];
  let source: ImportSource | null = null;
  for (const read of rows) {
    const reject = (slug: string, title: string | null, errors: FieldErrors) =>
      out.push({ row: read.row, slug, title, action: "rejected", changed: [], errors });
    if ("error" in read) {
      reject(read.slug, null, { row: [read.error] });
      continue;
    }
    const { record } = read;
    const title = recordTitle(record, context.locale);
    if (record.slug !== "" && seen.has(record.slug)) {
      reject(record.slug, title, { slug: ["duplicateInFile"] });
      continue;
    }
    seen.add(record.slug);
    const { values, errors } = await formValues(tx, kindName, record, diasporas);
    const current = /^[a-z0-9-]{1,80}$/.test(record.slug) ? await kind.find(tx, record.slug) : null;
    if (current) Object.assign(values, { id: current.id, version: String(current.version) });
    // A file without the category column (an export from before it existed) keeps the entry's category.
    if (current && "category" in current.snapshot && values.category === "")
      values.category = current.snapshot.category;
    // A file without the dissolved_on column keeps a dissolved entry's date (a status other than DISSOLVED drops it).
    if (
      current &&
      "dissolvedOn" in current.snapshot &&
      values.dissolvedOn === undefined &&
      values.status === "DISSOLVED"
    )
      values.dissolvedOn = current.snapshot.dissolvedOn ?? "";
    // A file without the online_presence column keeps the entry's presence without an address (decision 0027).
    if (current && kindName === "organization" && values.onlinePresence === undefined)
      values.onlinePresence = (current.snapshot as OrganizationSnapshot).onlinePresence ?? [];
    // A file without the date_basis column keeps the event's date basis (a date that is only the report's stays so).
    if (current && kindName === "event" && values.dateBasis === undefined)
      values.dateBasis = (current.snapshot as EventSnapshot).dateBasis ?? "STATED";
    const parsed = kind.parse(values, { unscoped: true });
    if (!parsed.ok || Object.keys(errors).length > 0) {
      reject(record.slug, title, errorsByColumn(errors, parsed.ok ? {} : parsed.fieldErrors));
      continue;
    }
    const snapshot = current && kind.keep ? kind.keep(current.snapshot, parsed.snapshot) : parsed.snapshot;
    const problems = await kind.check(tx, snapshot, current);
    if (problems) {
      reject(record.slug, title, errorsByColumn({}, problems));
      continue;
    }
    // A text's provenance follows its text (an importer's text is theirs) and has no column of its own to report.
    const changed = diffFlat(current ? kind.flatten(current.snapshot, {}) : null, kind.flatten(snapshot, {}))
      .filter((c) => !/^\w+Provenance\./.test(c.field))
      .map((c) => columnOf(c.field));
    const shown = kind.title(snapshot, context.locale, {})?.value ?? title;
    if (current && changed.length === 0) {
      out.push({ row: read.row, slug: record.slug, title: shown, action: "unchanged", changed: [], errors: {} });
      continue;
    }
    source ??= await createImportSource(tx, context.fileName, context.actor, context.now);
    const entityId = current
      ? (await kind.update(tx, current.id, current.version, snapshot), current.id)
      : await kind.create(tx, snapshot);
    const scope = [...new Set([...(current ? kind.scope(current.snapshot) : []), ...kind.scope(snapshot)])];
    await recordImportRevision(
      tx,
      { entityType: kind.type, entityId, snapshot, baseVersion: current?.version ?? 0, diasporaIds: scope },
      context.actor,
      `import: ${context.fileName}, row ${read.row}`,
    );
    const facts =
      kindName === "organization"
        ? organizationFacts(snapshot as OrganizationSnapshot, record as OrganizationImport)
        : eventFacts(snapshot as EventSnapshot);
    await citeImport(tx, kind.type, entityId, source.id, facts, read.row);
    out.push({
      row: read.row,
      slug: record.slug,
      title: shown,
      action: current ? "update" : "create",
      changed,
      errors: {},
    });
  }
  return { rows: out, source };
}
