import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { formatPartialDate } from "@/lib/events/partial-date";
import { linkStates, type LinkState } from "@/lib/links/read";
import { filterConditions } from "@/lib/organizations/filter-sql";
import type { OrganizationFilters } from "@/lib/organizations/filters";
import { byLocale, organizationRowSelect } from "@/lib/organizations/row";
import { dayOf } from "@/lib/organizations/dissolved-on";
import { orderLocales, provenanceOf, textsOf, type OrganizationRecord } from "./records";

export const EXPORT_BATCH_SIZE = 500;

export type OrganizationSelection = { filters: OrganizationFilters; matchedIds: string[] | null };

const recordSelect = {
  ...organizationRowSelect,
  events: {
    select: {
      event: {
        select: {
          slug: true,
          startDate: true,
          datePrecision: true,
          translations: { select: { locale: true, title: true } },
        },
      },
    },
  },
  sources: {
    orderBy: { position: "asc" },
    select: {
      facts: true,
      locator: true,
      source: {
        select: {
          key: true,
          authors: true,
          title: true,
          publication: true,
          year: true,
          volume: true,
          issue: true,
          pages: true,
          doi: true,
          url: true,
        },
      },
    },
  },
} satisfies Prisma.OrganizationSelect;

type Row = Prisma.OrganizationGetPayload<{ select: typeof recordSelect }>;

function toRecord(row: Row, checks: Map<string, LinkState>): OrganizationRecord {
  const translations = byLocale(row.translations);
  return {
    id: row.id,
    slug: row.slug,
    category: row.category,
    name: textsOf(translations, "name"),
    description: textsOf(translations, "description"),
    city: textsOf(translations, "city"),
    nameProvenance: provenanceOf(translations, "name", "nameProvenance"),
    descriptionProvenance: provenanceOf(translations, "description", "descriptionProvenance"),
    altNames: Object.fromEntries(translations.flatMap((t) => (t.altNames.length ? [[t.locale, t.altNames]] : []))),
    acronym: row.acronym,
    types: row.types,
    groups: row.groups,
    status: row.status,
    dissolvedOn: dayOf(row.dissolvedOn),
    foundedYear: row.foundedYear,
    languages: row.languages,
    countries: row.countries.map((c) => c.countryCode),
    diasporas: row.diasporas.map((d) => d.diaspora.slug).sort(),
    channels: row.channels.map((c) => ({ ...c, check: checks.get(c.url) ?? null })),
    onlinePresence: [...row.onlinePresence].sort(),
    events: row.events
      .map(({ event }) => ({
        slug: event.slug,
        start: event.startDate ? formatPartialDate({ date: event.startDate, precision: event.datePrecision }) : null,
        title: textsOf(event.translations, "title"),
      }))
      .sort((a, b) => a.slug.localeCompare(b.slug)),
    sources: row.sources.map(({ source, facts, locator }) => ({ ...source, facts, locator })),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The selected organizations' ids as a subquery (the list page's own filter SQL). */
const selected = ({ filters, matchedIds }: OrganizationSelection) =>
  Prisma.sql`SELECT o.id FROM "Organization" o ${filterConditions(filters, matchedIds)}`;

/** How many organizations match: the HSDS page header states it before the entries follow. */
export async function countOrganizations(selection: OrganizationSelection): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM (${selected(selection)}) s`;
  return rows[0]?.count ?? 0;
}

/** What the CSV header needs before the first row: every language held and the most channels one entry has. */
export async function organizationColumnsInfo(
  selection: OrganizationSelection,
): Promise<{ locales: string[]; maxChannels: number }> {
  const [locales, channels] = await Promise.all([
    db.$queryRaw<
      { locale: string }[]
    >`SELECT DISTINCT t.locale FROM "OrganizationTranslation" t WHERE t."organizationId" IN (${selected(selection)})`,
    db.$queryRaw<
      { max: number | null }[]
    >`SELECT max(n)::int AS max FROM (SELECT count(*) AS n FROM "OrganizationChannel" c
      WHERE c."organizationId" IN (${selected(selection)}) GROUP BY c."organizationId") per_entry`,
  ]);
  return { locales: orderLocales(locales.map((l) => l.locale)), maxChannels: channels[0]?.max ?? 0 };
}

/**
 * The selected organizations in batches, by address (slug): keyset pagination on the slug's unique index, so each
 * batch costs the same however deep into the table it is and memory holds one batch at a time.
 */
export async function* organizationBatches(
  selection: OrganizationSelection,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<OrganizationRecord[]> {
  let after = "";
  for (;;) {
    // A plain subquery in FROM is pulled up by the planner: an index scan on the slug, filtered.
    const page = await db.$queryRaw<{ id: string; slug: string }[]>`
      SELECT s.id, s.slug FROM (SELECT o.id, o.slug FROM "Organization" o ${filterConditions(selection.filters, selection.matchedIds)}) s
      WHERE s.slug > ${after} ORDER BY s.slug LIMIT ${batchSize}`;
    if (page.length === 0) return;
    const rows = await db.organization.findMany({
      where: { id: { in: page.map((p) => p.id) } },
      select: recordSelect,
      orderBy: { slug: "asc" },
    });
    const checks = await linkStates(rows.flatMap((r) => r.channels.map((c) => c.url)));
    yield rows.map((row) => toRecord(row, checks));
    if (page.length < batchSize) return;
    after = page[page.length - 1]!.slug;
  }
}
