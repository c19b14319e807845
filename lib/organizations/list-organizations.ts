import "server-only";
import { db } from "@/lib/db/client";
import { contentFallbackChain, pickLocalized } from "@/lib/i18n/localized";
import type { OrganizationSummary } from "./types";

export type ListOrganizationsOptions = { locale: string; page: number; pageSize: number };

export type OrganizationPage = { items: OrganizationSummary[]; total: number; page: number; pageCount: number };

export const summarySelect = {
  slug: true,
  acronym: true,
  types: true,
  foundedYear: true,
  translations: { select: { locale: true, name: true, city: true } },
  countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
  diasporas: { select: { diaspora: { select: { slug: true, translations: { select: { locale: true, name: true } } } } } },
} as const;

type SummaryRow = {
  slug: string;
  acronym: string | null;
  types: OrganizationSummary["types"];
  foundedYear: number | null;
  translations: { locale: string; name: string | null; city: string | null }[];
  countries: { countryCode: string }[];
  diasporas: { diaspora: { slug: string; translations: { locale: string; name: string | null }[] } }[];
};

export function toSummary(row: SummaryRow, locale: string): OrganizationSummary {
  return {
    slug: row.slug,
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

/** One page of organizations, sorted by their name in the page's language (with the usual fallback). */
export async function listOrganizations({ locale, page, pageSize }: ListOrganizationsOptions): Promise<OrganizationPage> {
  const [first = locale, second = locale, third = locale] = contentFallbackChain(locale);
  const total = await db.organization.count();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const ordered = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id
    FROM "Organization" o
    LEFT JOIN "OrganizationTranslation" t1 ON t1."organizationId" = o.id AND t1.locale = ${first}
    LEFT JOIN "OrganizationTranslation" t2 ON t2."organizationId" = o.id AND t2.locale = ${second}
    LEFT JOIN "OrganizationTranslation" t3 ON t3."organizationId" = o.id AND t3.locale = ${third}
    ORDER BY lower(coalesce(t1.name, t2.name, t3.name, o.slug)), o.slug
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  const ids = ordered.map((r) => r.id);
  const rows = await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, ...summarySelect } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row, locale)] : [];
  });
  return { items, total, page: current, pageCount };
}
