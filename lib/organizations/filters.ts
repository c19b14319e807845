// The organization list's query parameters. Bad values are dropped and reported, never fatal; letter case is not a
// mistake (`?country=de`, `?diaspora=Armenian`, `?type=youth` mean what their canonical spelling means).
import { z } from "zod";
import { isCountryCode } from "@/lib/countries/iso-3166";
import { OrganizationCategory, OrganizationType, ServedGroup } from "@/lib/db/generated/enums";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { firstValue, lowercaseLanguage, pageNumber, type SearchParams } from "@/lib/validation/query";
import { hasInvisible } from "@/lib/validation/text";

export const ORGANIZATION_SORTS = ["relevance", "name", "founded"] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];

/** What every list, count and statistic shows unless asked otherwise: diaspora organizations, not related institutions. */
export const DEFAULT_CATEGORY = OrganizationCategory.DIASPORA_ORGANIZATION;
export const ORGANIZATION_CATEGORIES = Object.values(OrganizationCategory);

export type OrganizationFilters = {
  /** Absent: the default category (diaspora organizations); an address never spells the default out. */
  category?: typeof OrganizationCategory.RELATED_INSTITUTION;
  q?: string;
  country?: string;
  diaspora?: string;
  type?: OrganizationType;
  group?: ServedGroup;
  city?: string;
  language?: string;
};

export type ParsedOrganizationQuery = {
  filters: OrganizationFilters;
  sort: OrganizationSort;
  /** The sort the address asks for; undefined means the default (relevance when searching, else name). */
  requestedSort: OrganizationSort | undefined;
  page: number;
  /** Parameters that were present but not understood, by name. */
  ignored: (keyof OrganizationFilters | "sort")[];
};

// Control characters never name a city or a search; a NUL byte would even fail the database query.
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasInvisible(value));
const rules = {
  category: z.string().trim().toUpperCase().pipe(z.literal(OrganizationCategory.RELATED_INSTITUTION)),
  q: text(MAX_QUERY_LENGTH),
  country: z.string().trim().toUpperCase().refine(isCountryCode),
  diaspora: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100),
  type: z.string().trim().toUpperCase().pipe(z.enum(OrganizationType)),
  group: z.string().trim().toUpperCase().pipe(z.enum(ServedGroup)),
  city: text(100),
  // A tag's language is lowercase (hy, hy-Latn): `HY` and `Hy` mean `hy`.
  language: z
    .string()
    .trim()
    .transform(lowercaseLanguage)
    .pipe(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
} satisfies { [K in keyof OrganizationFilters]-?: z.ZodType<OrganizationFilters[K]> };

export function parseOrganizationQuery(params: SearchParams): ParsedOrganizationQuery {
  const filters: OrganizationFilters = {};
  const ignored: ParsedOrganizationQuery["ignored"] = [];
  for (const key of Object.keys(rules) as (keyof OrganizationFilters)[]) {
    const raw = firstValue(params[key]);
    if (raw === undefined || raw.trim() === "") continue;
    // The default spelled out is understood, and left out of the filters (and so of every link built from them).
    if (key === "category" && raw.trim().toUpperCase() === DEFAULT_CATEGORY) continue;
    const parsed = rules[key].safeParse(raw);
    if (parsed.success) (filters as Record<string, unknown>)[key] = parsed.data;
    else ignored.push(key);
  }
  const rawSort = firstValue(params.sort);
  const sort = z.enum(ORGANIZATION_SORTS).safeParse(rawSort?.trim().toLowerCase());
  if (rawSort && !sort.success) ignored.push("sort");
  const chosen = sort.success ? sort.data : defaultSort(filters);
  return {
    filters,
    sort: chosen === "relevance" && !filters.q ? "name" : chosen,
    requestedSort: sort.success ? sort.data : undefined,
    page: pageNumber(params.page),
    ignored,
  };
}

export function defaultSort(filters: OrganizationFilters): OrganizationSort {
  return filters.q ? "relevance" : "name";
}

/** The category the filters select (the default when none is given). */
export const categoryOf = (filters: Pick<OrganizationFilters, "category">): OrganizationCategory =>
  filters.category ?? DEFAULT_CATEGORY;

/** The filters as query parameters, for links that keep them (pagination); the default sort is left out. */
export function filtersToQuery(filters: OrganizationFilters, sort?: OrganizationSort): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (value) query[key] = String(value);
  if (sort && sort !== defaultSort(filters)) query.sort = sort;
  return query;
}
