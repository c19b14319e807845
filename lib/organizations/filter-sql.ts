import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { categoryOf, type OrganizationFilters } from "./filters";

export type FilterKey = keyof OrganizationFilters;

/**
 * SQL conditions on organization `o` for each active filter; `except` leaves one out (for its facet counts).
 * `q` arrives as the search module's ranked ids. The category always applies (diaspora organizations unless the
 * filters ask for related institutions), so every list, count and statistic built on these conditions agrees.
 */
export function filterConditions(
  filters: OrganizationFilters,
  matchedIds: string[] | null,
  except?: FilterKey,
): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  const on = (key: FilterKey) => key !== except && filters[key] !== undefined;
  if (except !== "category") parts.push(Prisma.sql`o.category = ${categoryOf(filters)}::"OrganizationCategory"`);
  if (matchedIds && except !== "q") parts.push(Prisma.sql`o.id = ANY(${matchedIds}::uuid[])`);
  if (on("country")) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "OrganizationCountry" f WHERE f."organizationId" = o.id AND f."countryCode" = ${filters.country})`,
    );
  }
  if (on("diaspora")) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "OrganizationDiaspora" f JOIN "Diaspora" d ON d.id = f."diasporaId"
      WHERE f."organizationId" = o.id AND d.slug = ${filters.diaspora})`);
  }
  if (on("type")) parts.push(Prisma.sql`${filters.type}::"OrganizationType" = ANY(o.types)`);
  if (on("group")) parts.push(Prisma.sql`${filters.group}::"ServedGroup" = ANY(o.groups)`);
  if (on("language")) parts.push(Prisma.sql`${filters.language} = ANY(o.languages)`);
  if (on("city")) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "OrganizationTranslation" f WHERE f."organizationId" = o.id AND lower(f.city) = lower(${filters.city}))`,
    );
  }
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** Joins t1..t3: the organization's translations along the content fallback chain. */
export function translationJoins(chain: string[]): Prisma.Sql {
  const [first, second = first, third = second] = chain;
  return Prisma.sql`
    LEFT JOIN "OrganizationTranslation" t1 ON t1."organizationId" = o.id AND t1.locale = ${first}
    LEFT JOIN "OrganizationTranslation" t2 ON t2."organizationId" = o.id AND t2.locale = ${second}
    LEFT JOIN "OrganizationTranslation" t3 ON t3."organizationId" = o.id AND t3.locale = ${third}`;
}
