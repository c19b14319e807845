// Provenance for databases loaded before it was kept (migration text_provenance, decision 0024). A fresh database
// gets it from seedDatabase; here an existing one gets, for each seed entry still as the seed loaded it:
//   - each name and description the seed holds unchanged, marked as the seed marks it (SOURCE where a cited source
//     contains that language's text, otherwise the atlas's own), and its citations saying which language's name the
//     source contains ("names.en") instead of all of them ("names");
//   - each presence row's "inferred from" and note, and the removal of the rows the research found inferred only
//     from the Shanghai march.
// Organizations, events and presence rows get an approved revision whose comment gives the reason, as any moderated
// edit (diasporas have no revisions: only their names' provenance and citations change). Text that differs from the
// seed (a curator's edit before provenance was kept) stays unmarked, and a recorded provenance is never replaced, so
// a second run finds nothing to do.
import type { Database } from "../../lib/db/connect";
import type { Prisma } from "../../lib/db/generated/client";
import { seededProvenance } from "../../lib/sources/text-provenance";
import type { SeedData } from "./seed-schema";
import { organizationSelect, organizationSnapshotOf, sourceIdsFor } from "./seed-rows";

type Tx = Prisma.TransactionClient;

export const PROVENANCE_NOTE =
  "Provenance recorded (issue #13): a name is marked as from a source, and cited by language (e.g. “names.en”), only " +
  "where that source contains it; the article's are checked against its text (docs/research/seed-review.md §4, " +
  "tests/fixtures/article/article-names.json). Every other name, and the descriptions, are marked as the atlas's own " +
  "translation or wording.";

export const PRESENCE_NOTE =
  "The article supports this presence only by inference; the row now says what from (docs/research/seed-review.md §7).";
export const PRESENCE_REMOVED_NOTE =
  "Removed: the article supports this presence only through citizens of the country joining one march in Shanghai " +
  "(the “Immortal Regiment”, 9 May 2021), which does not attest a diaspora community there " +
  "(docs/research/seed-review.md §7). The march itself is recorded as an event.";

type Citation = { source: string; facts: string[] };
type Row = { locale: string } & Record<string, unknown>;

/** The provenance the seed gives each translation row the database still holds as the seed wrote it. */
function provenanceUpdates(
  rows: Row[],
  fields: { text: string; column: string; texts: Record<string, string> | undefined; fact: string }[],
  cited: Citation[],
) {
  return rows.flatMap((row) => {
    const data: Record<string, string> = {};
    for (const f of fields) {
      const seeded = seededProvenance(f.texts, cited, f.fact)[row.locale];
      if (seeded && row[f.text] && row[f.text] === f.texts?.[row.locale] && !row[f.column]) data[f.column] = seeded;
    }
    return Object.keys(data).length ? [{ locale: row.locale, data }] : [];
  });
}

/**
 * Each stored citation's facts with the bare "names" replaced by the languages the seed cites that source for, kept
 * only where the stored name is still the seed's; returns the citations whose facts change.
 */
function citationUpdates(
  stored: { id: string; key: string; facts: string[] }[],
  seed: Citation[],
  fact: string,
  held: (locale: string) => boolean,
) {
  const done = new Set<string>();
  return stored.flatMap((c) => {
    if (!c.facts.includes(fact) || done.has(c.key)) return [];
    done.add(c.key);
    const locales = seed
      .filter((s) => s.source === c.key)
      .flatMap((s) => s.facts.filter((f) => f.startsWith(`${fact}.`)))
      .filter((f, i, all) => all.indexOf(f) === i && held(f.slice(fact.length + 1)));
    const at = c.facts.indexOf(fact);
    return [{ id: c.id, facts: [...c.facts.slice(0, at), ...locales, ...c.facts.slice(at + 1)] }];
  });
}

async function organizations(db: Database, data: SeedData): Promise<string[]> {
  const done: string[] = [];
  for (const o of data.organizations) {
    const row = await db.organization.findUnique({
      where: { slug: o.slug },
      select: {
        ...organizationSelect,
        sources: {
          select: { id: true, sourceId: true, position: true, facts: true, source: { select: { key: true } } },
        },
      },
    });
    if (!row) continue;
    const updates = provenanceUpdates(
      row.translations,
      [
        { text: "name", column: "nameProvenance", texts: o.names, fact: "names" },
        { text: "description", column: "descriptionProvenance", texts: o.descriptions, fact: "descriptions" },
      ],
      o.sources,
    );
    const held = (locale: string) => row.translations.some((t) => t.locale === locale && t.name === o.names[locale]);
    const stored = row.sources.map((c) => ({ id: c.id, key: c.source.key, facts: c.facts }));
    const facts = citationUpdates(stored, o.sources, "names", held);
    // Sources the seed now cites for a name that the row does not cite yet (the Russkiy Mir Foundation's own site).
    const citedKeys = new Set(stored.map((c) => c.key));
    const added = o.sources.filter(
      (c) => !citedKeys.has(c.source) && c.facts.some((f) => f.startsWith("names.") && held(f.slice(6))),
    );
    if (updates.length === 0 && facts.length === 0 && added.length === 0) continue;
    await db.$transaction(async (tx) => {
      const { count } = await tx.organization.updateMany({
        where: { id: row.id, version: row.version },
        data: { version: { increment: 1 } },
      });
      if (count !== 1) return;
      for (const u of updates)
        await tx.organizationTranslation.update({
          where: { organizationId_locale: { organizationId: row.id, locale: u.locale } },
          data: u.data,
        });
      for (const f of facts) await tx.organizationSource.update({ where: { id: f.id }, data: { facts: f.facts } });
      const ids = await sourceIdsFor(
        tx,
        added.map((c) => c.source),
        data,
      );
      let position = Math.max(-1, ...row.sources.map((c) => c.position));
      for (const c of added)
        await tx.organizationSource.create({
          data: { organizationId: row.id, sourceId: ids.get(c.source)!, facts: c.facts, position: ++position },
        });
      const updated = await tx.organization.findUniqueOrThrow({ where: { id: row.id }, select: organizationSelect });
      const snapshot = organizationSnapshotOf(updated, o.slug);
      await approved(tx, "organization", row.id, snapshot, row.version, snapshot.diasporaIds, PROVENANCE_NOTE);
      done.push(o.slug);
    });
  }
  return done;
}

// What a correction reads of an event, as lib/events/snapshot.ts selects it (server-only there).
const eventSelect = {
  id: true,
  version: true,
  type: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  countryCode: true,
  onlineUrl: true,
  translations: {
    select: {
      locale: true,
      title: true,
      description: true,
      city: true,
      recurrence: true,
      titleProvenance: true,
      descriptionProvenance: true,
    },
    orderBy: { locale: "asc" },
  },
  organizers: { select: { organizationId: true } },
  diasporas: { select: { diasporaId: true } },
  sources: { select: { id: true, facts: true, source: { select: { key: true } } } },
} satisfies Prisma.EventSelect;

const isoPart = (date: Date | null, precision: "DAY" | "MONTH" | "YEAR") =>
  date ? date.toISOString().slice(0, precision === "YEAR" ? 4 : precision === "MONTH" ? 7 : 10) : null;

async function events(db: Database, data: SeedData): Promise<string[]> {
  const done: string[] = [];
  for (const e of data.events) {
    const row = await db.event.findUnique({ where: { slug: e.slug }, select: eventSelect });
    if (!row) continue;
    const updates = provenanceUpdates(
      row.translations,
      [
        { text: "title", column: "titleProvenance", texts: e.titles, fact: "titles" },
        { text: "description", column: "descriptionProvenance", texts: e.descriptions, fact: "descriptions" },
      ],
      e.sources,
    );
    const held = (locale: string) => row.translations.some((t) => t.locale === locale && t.title === e.titles[locale]);
    const facts = citationUpdates(
      row.sources.map((c) => ({ id: c.id, key: c.source.key, facts: c.facts })),
      e.sources,
      "titles",
      held,
    );
    if (updates.length === 0 && facts.length === 0) continue;
    await db.$transaction(async (tx) => {
      const { count } = await tx.event.updateMany({
        where: { id: row.id, version: row.version },
        data: { version: { increment: 1 } },
      });
      if (count !== 1) return;
      for (const u of updates)
        await tx.eventTranslation.update({
          where: { eventId_locale: { eventId: row.id, locale: u.locale } },
          data: u.data,
        });
      for (const f of facts) await tx.eventSource.update({ where: { id: f.id }, data: { facts: f.facts } });
      const t = await tx.event.findUniqueOrThrow({ where: { id: row.id }, select: eventSelect });
      // As lib/events/snapshot.ts builds it.
      const snapshot = {
        slug: e.slug,
        type: t.type,
        start: isoPart(t.startDate, t.datePrecision),
        end: t.startDate ? isoPart(t.endDate, t.datePrecision) : null,
        translations: t.translations
          .filter((x) => x.title || x.description || x.city || x.recurrence)
          .map((x) => ({
            ...x,
            titleProvenance: x.title ? x.titleProvenance : null,
            descriptionProvenance: x.description ? x.descriptionProvenance : null,
          })),
        countryCode: t.countryCode,
        onlineUrl: t.onlineUrl,
        organizerIds: t.organizers.map((x) => x.organizationId).sort(),
        diasporaIds: t.diasporas.map((x) => x.diasporaId).sort(),
      };
      await approved(tx, "event", row.id, snapshot, row.version, snapshot.diasporaIds, PROVENANCE_NOTE);
      done.push(e.slug);
    });
  }
  return done;
}

/** Diasporas are not a curated kind: their names' provenance and citations change without a revision. */
async function diasporas(db: Database, data: SeedData): Promise<string[]> {
  const done: string[] = [];
  for (const d of data.diasporas) {
    const row = await db.diaspora.findUnique({
      where: { slug: d.slug },
      select: {
        id: true,
        translations: {
          select: { locale: true, name: true, description: true, nameProvenance: true, descriptionProvenance: true },
        },
        sources: { select: { id: true, facts: true, source: { select: { key: true } } } },
      },
    });
    if (!row) continue;
    const updates = provenanceUpdates(
      row.translations,
      [
        { text: "name", column: "nameProvenance", texts: d.names, fact: "names" },
        { text: "description", column: "descriptionProvenance", texts: d.descriptions, fact: "descriptions" },
      ],
      d.sources,
    );
    const held = (locale: string) => row.translations.some((t) => t.locale === locale && t.name === d.names[locale]);
    const facts = citationUpdates(
      row.sources.map((c) => ({ id: c.id, key: c.source.key, facts: c.facts })),
      d.sources,
      "names",
      held,
    );
    if (updates.length === 0 && facts.length === 0) continue;
    await db.$transaction(async (tx) => {
      for (const u of updates)
        await tx.diasporaTranslation.update({
          where: { diasporaId_locale: { diasporaId: row.id, locale: u.locale } },
          data: u.data,
        });
      for (const f of facts) await tx.diasporaSource.update({ where: { id: f.id }, data: { facts: f.facts } });
    });
    done.push(`diaspora:${d.slug}`);
  }
  return done;
}

const REMOVED = [
  ["kazakh", "CN"],
  ["belarusian", "CN"],
  ["ukrainian", "CN"],
] as const;

const presenceSelect = {
  id: true,
  version: true,
  diasporaId: true,
  countryCode: true,
  population: true,
  year: true,
  note: true,
  inferredFrom: true,
  sourceId: true,
  locator: true,
  source: { select: { key: true } },
} satisfies Prisma.DiasporaPresenceSelect;
type PresenceRow = Prisma.DiasporaPresenceGetPayload<{ select: typeof presenceSelect }>;

const texts = (value: Prisma.JsonValue | null): Record<string, string> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value)
          .filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "")
          .sort(([a], [b]) => a.localeCompare(b)),
      )
    : {};

/** As lib/diasporas/presence/snapshot.ts builds it (server-only there). */
const presenceSnapshot = (p: PresenceRow) => ({
  diasporaId: p.diasporaId,
  countryCode: p.countryCode,
  population: p.population,
  year: p.year,
  note: texts(p.note),
  inferredFrom: texts(p.inferredFrom),
  sourceId: p.sourceId,
  locator: p.locator,
});

async function presences(db: Database, data: SeedData): Promise<string[]> {
  const done: string[] = [];
  for (const d of data.diasporas) {
    const rows = await db.diasporaPresence.findMany({ where: { diaspora: { slug: d.slug } }, select: presenceSelect });
    for (const p of d.presences) {
      if (!p.inferredFrom && !p.note) continue;
      // The seed's row, as an earlier seed loaded it: same country, year and source, and no qualifier yet.
      const row = rows.find(
        (r) => r.countryCode === p.country && r.year === (p.year ?? null) && r.source?.key === p.source,
      );
      if (!row) continue;
      const data: Prisma.DiasporaPresenceUpdateManyMutationInput = {};
      if (p.inferredFrom && row.inferredFrom === null) data.inferredFrom = p.inferredFrom;
      if (p.note && row.note === null) data.note = p.note;
      if (Object.keys(data).length === 0) continue;
      const comment = data.inferredFrom
        ? PRESENCE_NOTE
        : "Note added: what the article's sentence says beside this presence (docs/research/seed-review.md §7).";
      await db.$transaction(async (tx) => {
        const { count } = await tx.diasporaPresence.updateMany({
          where: { id: row.id, version: row.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count !== 1) return;
        const updated = await tx.diasporaPresence.findUniqueOrThrow({ where: { id: row.id }, select: presenceSelect });
        await approved(tx, "presence", row.id, presenceSnapshot(updated), row.version, [row.diasporaId], comment);
        done.push(`presence:${d.slug}:${p.country}`);
      });
    }
  }
  for (const [slug, country] of REMOVED) {
    if (data.diasporas.some((d) => d.slug === slug && d.presences.some((p) => p.country === country))) continue;
    // Only the row as the seed loaded it: from the article, no figure, no note, never edited.
    const row = await db.diasporaPresence.findFirst({
      where: {
        diaspora: { slug },
        countryCode: country,
        population: null,
        version: 1,
        source: { key: "article" },
      },
      select: presenceSelect,
    });
    if (!row || row.note !== null) continue;
    await db.$transaction(async (tx) => {
      const { count } = await tx.diasporaPresence.deleteMany({ where: { id: row.id, version: row.version } });
      if (count !== 1) return;
      // The revision keeps what was removed, with why.
      await approved(
        tx,
        "presence",
        row.id,
        presenceSnapshot(row),
        row.version,
        [row.diasporaId],
        PRESENCE_REMOVED_NOTE,
      );
      done.push(`presence:${slug}:${country}:removed`);
    });
  }
  return done;
}

function approved(
  tx: Tx,
  entityType: string,
  entityId: string,
  snapshot: object,
  baseVersion: number,
  diasporaIds: string[],
  comment: string,
) {
  return tx.revision.create({
    data: {
      entityType,
      entityId,
      status: "APPROVED",
      snapshot,
      baseVersion,
      diasporaIds,
      comment,
      reviewedAt: new Date(),
    },
    select: { id: true },
  });
}

/** Records the seed's provenance on an existing database; returns what it changed ("slug", "diaspora:slug", "presence:…"). */
export async function recordProvenance(db: Database, data: SeedData): Promise<string[]> {
  return [
    ...(await organizations(db, data)),
    ...(await events(db, data)),
    ...(await diasporas(db, data)),
    ...(await presences(db, data)),
  ];
}
