// Loads the article's data set. Inserts what is missing and never overwrites: curators' edits survive a
// re-run, and running it twice changes nothing.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ISO_3166_ALPHA2 } from "../../lib/countries/iso-3166";
import type { Database } from "../../lib/db/connect";
import type { Prisma } from "../../lib/db/generated/client";
import { parsePartialDate } from "../../lib/events/partial-date";
import { addSourceReferences } from "./source-references";
import { seededProvenance } from "../../lib/sources/text-provenance";
import { dateOf } from "../../lib/organizations/dissolved-on";
import { seedSchema, type SeedData } from "./seed-schema";

export const SEED_FILE = path.join(import.meta.dirname, "data", "atlas.json");

export async function readSeedData(file = SEED_FILE): Promise<SeedData> {
  return seedSchema.parse(JSON.parse(await readFile(file, "utf8")));
}

export type SeedReport = Record<"countries" | "sources" | "diasporas" | "organizations" | "events", number>;

type Tx = Prisma.TransactionClient;
/** Turns per-field records ({name: {ru, en}, city: {ru}}) into one translation row per locale. */
function translations<F extends string>(fields: Record<F, Record<string, string> | undefined>) {
  const rows = new Map<string, Record<string, string>>();
  for (const field of Object.keys(fields) as F[]) {
    for (const [locale, value] of Object.entries(fields[field] ?? {})) {
      rows.set(locale, { ...rows.get(locale), locale, [field]: value });
    }
  }
  return [...rows.values()] as ({ locale: string } & Partial<Record<F, string>>)[];
}

type Cited = { facts: string[] }[];

/**
 * The provenance column of each translation row: SOURCE where a cited source contains that language's text (a
 * citation lists "names.en"), ATLAS otherwise — the seed's descriptions are the atlas's own wording.
 */
export function withProvenance<F extends string>(
  rows: ({ locale: string } & Partial<Record<F, string>>)[],
  fields: Partial<Record<F, { texts: Record<string, string> | undefined; fact: string }>>,
  cited: Cited,
) {
  return rows.map((row) => {
    const out: Record<string, string> = { ...row } as Record<string, string>;
    for (const [field, spec] of Object.entries(fields) as [F, { texts?: Record<string, string>; fact: string }][]) {
      const provenance = seededProvenance(spec.texts, cited, spec.fact)[row.locale];
      if (provenance && row[field]) out[`${field}Provenance`] = provenance;
    }
    return out as typeof row & Record<string, string>;
  });
}

function citations(list: SeedData["organizations"][number]["sources"], sourceIds: Map<string, string>) {
  return list.map((c, position) => ({
    sourceId: required(sourceIds, c.source, "source"),
    facts: c.facts,
    locator: c.locator ?? null,
    position,
  }));
}

function required(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Seed data refers to unknown ${what} "${key}"`);
  return id;
}

const idsBy = <K extends string>(rows: ({ id: string } & Record<K, string>)[], key: K) =>
  new Map(rows.map((r) => [r[key], r.id]));

export async function seedDatabase(db: Database, data: SeedData): Promise<SeedReport> {
  return db.$transaction(
    async (tx) => {
      const report: SeedReport = { countries: 0, sources: 0, diasporas: 0, organizations: 0, events: 0 };
      report.countries = (
        await tx.country.createMany({ data: ISO_3166_ALPHA2.map((code) => ({ code })), skipDuplicates: true })
      ).count;

      const sourceIds = idsBy(await tx.source.findMany({ select: { id: true, key: true } }), "key");
      // A correction's note and old values are for existing databases (seed-corrections.ts), not columns.
      for (const { key, accessedOn, revisionNote: _note, replaces: _old, ...rest } of data.sources) {
        if (sourceIds.has(key)) continue;
        const row = await tx.source.create({
          data: { key, ...rest, accessedOn: accessedOn ? new Date(accessedOn) : undefined },
          select: { id: true },
        });
        sourceIds.set(key, row.id);
        report.sources++;
      }

      // The sources' own bibliography and figures, once the sources they name are in.
      await addSourceReferences(tx, data);

      const diasporaIds = idsBy(await tx.diaspora.findMany({ select: { id: true, slug: true } }), "slug");
      for (const d of data.diasporas) {
        if (diasporaIds.has(d.slug)) continue;
        const row = await createDiaspora(tx, d, sourceIds);
        diasporaIds.set(d.slug, row.id);
        report.diasporas++;
      }

      const organizationIds = idsBy(await tx.organization.findMany({ select: { id: true, slug: true } }), "slug");
      for (const o of data.organizations) {
        if (organizationIds.has(o.slug)) continue;
        const row = await tx.organization.create({
          select: { id: true },
          data: {
            slug: o.slug,
            category: o.category,
            acronym: o.acronym,
            types: o.types,
            groups: o.groups,
            status: o.status,
            dissolvedOn: dateOf(o.dissolvedOn ?? null),
            foundedYear: o.foundedYear,
            languages: o.languages,
            onlinePresence: o.onlinePresence,
            translations: {
              create: withProvenance(
                translations({ name: o.names, description: o.descriptions, city: o.city }),
                {
                  name: { texts: o.names, fact: "names" },
                  description: { texts: o.descriptions, fact: "descriptions" },
                },
                o.sources,
              ).map((row) => ({ ...row, altNames: o.altNames[row.locale] ?? [] })),
            },
            diasporas: { create: o.diasporas.map((slug) => ({ diasporaId: required(diasporaIds, slug, "diaspora") })) },
            countries: { create: o.countries.map((countryCode) => ({ countryCode })) },
            channels: { create: o.channels.map((c, position) => ({ ...c, position })) },
            sources: { create: citations(o.sources, sourceIds) },
          },
        });
        organizationIds.set(o.slug, row.id);
        report.organizations++;
      }

      const eventSlugs = new Set((await tx.event.findMany({ select: { slug: true } })).map((e) => e.slug));
      for (const e of data.events) {
        if (eventSlugs.has(e.slug)) continue;
        const start = e.start ? parsePartialDate(e.start) : undefined;
        const end = e.end ? parsePartialDate(e.end) : undefined;
        await tx.event.create({
          select: { id: true },
          data: {
            slug: e.slug,
            type: e.type,
            startDate: start?.date,
            endDate: end?.date,
            datePrecision: start?.precision ?? "DAY",
            dateBasis: e.dateBasis,
            countryCode: e.country,
            onlineUrl: e.onlineUrl,
            translations: {
              create: withProvenance(
                translations({ title: e.titles, description: e.descriptions, city: e.city, recurrence: e.recurrence }),
                {
                  title: { texts: e.titles, fact: "titles" },
                  description: { texts: e.descriptions, fact: "descriptions" },
                },
                e.sources,
              ),
            },
            organizers: {
              create: e.organizers.map((slug) => ({ organizationId: required(organizationIds, slug, "organization") })),
            },
            diasporas: { create: e.diasporas.map((slug) => ({ diasporaId: required(diasporaIds, slug, "diaspora") })) },
            sources: { create: citations(e.sources, sourceIds) },
          },
        });
        report.events++;
      }
      return report;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

function createDiaspora(tx: Tx, d: SeedData["diasporas"][number], sourceIds: Map<string, string>) {
  return tx.diaspora.create({
    select: { id: true },
    data: {
      slug: d.slug,
      originCountryCode: d.originCountry,
      languages: d.languages,
      translations: {
        create: withProvenance(
          translations({ name: d.names, description: d.descriptions }),
          { name: { texts: d.names, fact: "names" }, description: { texts: d.descriptions, fact: "descriptions" } },
          d.sources,
        ),
      },
      sources: { create: citations(d.sources, sourceIds) },
      presences: {
        create: d.presences.map((p) => ({
          countryCode: p.country,
          population: p.population,
          year: p.year,
          note: p.note,
          inferredFrom: p.inferredFrom,
          sourceId: required(sourceIds, p.source, "source"),
          locator: p.locator,
        })),
      },
    },
  });
}

/** The start-up rule: seed only a database that holds no directory data yet. */
export async function seedIfEmpty(db: Database): Promise<SeedReport | null> {
  const [organizations, diasporas] = await Promise.all([db.organization.count(), db.diaspora.count()]);
  if (organizations > 0 || diasporas > 0) return null;
  return seedDatabase(db, await readSeedData());
}
