import "server-only";
import { db } from "@/lib/db/client";
import { key, orderSql, type SortKey } from "@/lib/db/keyset";
import { Prisma } from "@/lib/db/generated/client";
import { contentFallbackChain, pickLocalized } from "@/lib/i18n/localized";
import { filterConditions, translationJoins } from "./filter-sql";
import type { OrganizationFilters, OrganizationSort } from "./filters";
import { organizationRowSelect, type OrganizationRow } from "./row";
import type { OrganizationSummary } from "./types";

export type ListOrganizationsOptions = {
  locale: string;
  filters?: OrganizationFilters;
  /** For `filters.q`: the search module's matches, best first. */
  matchedIds?: string[] | null;
  sort?: OrganizationSort;
  page: number;
  pageSize: number;
};

export type OrganizationPage = { items: OrganizationSummary[]; total: number; page: number; pageCount: number };

/** An organization row (./row.ts) as the list, the diaspora and the host-country pages show it. */
export function toSummary(row: OrganizationRow, locale: string): OrganizationSummary {
  return {
    slug: row.slug,
    category: row.category,
    acronym: row.acronym,
    types: row.types,
    foundedYear: row.foundedYear,
    name: pickLocalized(row.translations, "name", locale),
    city: pickLocalized(row.translations, "city", locale),
    countries: row.countries.map((c) => c.countryCode),
    diasporas: row.diasporas.map(({ diaspora }) => ({
      slug: diaspora.slug,
      name: pickLocalized(diaspora.translations, "name", locale),
    })),
  };
}

/**
 * The list's order (also the API's, lib/api), over translationJoins(contentFallbackChain(locale)). By name it is
 * lower(coalesce(t1.name, t2.name, t3.name, o.slug)): the page language's name, else Russian, else English.
 * `o."sortName"` stores lower(Russian, else English, else slug) (a trigger keeps it), so a Russian page reads
 * its order from an index and any other language joins only its own names (docs/decisions/0015-performance-at-scale.md).
 */
export function orderKeys(sort: OrganizationSort, matchedIds: string[] | null, locale: string): SortKey[] {
  const [first] = contentFallbackChain(locale);
  const nameKey = first === "ru" ? Prisma.sql`o."sortName"` : Prisma.sql`coalesce(lower(t1.name), o."sortName")`;
  const byName = [key(nameKey, "text"), key(Prisma.sql`o.slug`, "text", { nullable: false })];
  if (sort === "relevance" && matchedIds)
    return [key(Prisma.sql`array_position(${matchedIds}::uuid[], o.id)`, "int"), ...byName];
  if (sort === "founded") return [key(Prisma.sql`o."foundedYear"`, "int"), ...byName];
  return byName;
}

export const orderBy = (sort: OrganizationSort, matchedIds: string[] | null, locale: string): Prisma.Sql =>
  orderSql(orderKeys(sort, matchedIds, locale));

/** One page of organizations matching the filters, sorted by relevance, name (in the page's language) or founding year. */
export async function listOrganizations(options: ListOrganizationsOptions): Promise<OrganizationPage> {
  const { locale, filters = {}, matchedIds = null, sort = "name", page, pageSize } = options;
  const where = filterConditions(filters, matchedIds);
  const totals = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Organization" o ${where}`;
  const count = totals[0]?.count ?? 0;
  const pageCount = Math.max(1, Math.ceil(count / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const ordered = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Organization" o ${translationJoins(contentFallbackChain(locale))}
    ${where}
    ORDER BY ${orderBy(sort, matchedIds, locale)}
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  const ids = ordered.map((r) => r.id);
  const rows = await db.organization.findMany({ where: { id: { in: ids } }, select: organizationRowSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row, locale)] : [];
  });
  return { items, total: count, page: current, pageCount };
}
