import "server-only";
import { filtersToQuery, parseOrganizationQuery } from "@/lib/organizations/filters";
import { MAX_MATCH_LIMIT, matchOrganizationIds } from "@/lib/search/match";
import { siteUrl } from "@/lib/seo/site-url";
import { BOM, csvLine } from "./csv";
import { organizationCells, organizationColumns } from "./csv-columns";
import {
  badParameter,
  downloadResponse,
  EXPORT_FORMATS,
  exportFileName,
  jsonItems,
  readFormat,
  searchParamsObject,
} from "./download";
import { hsdsPageHead, toHsdsOrganization } from "./hsds/to-hsds";
import { jsonHead, organizationItem } from "./json-items";
import {
  countOrganizations,
  organizationBatches,
  organizationColumnsInfo,
  type OrganizationSelection,
} from "./organization-batches";

type Links = { organization: (slug: string) => string; event: (slug: string) => string };

async function* csv(selection: OrganizationSelection, links: Links): AsyncGenerator<string> {
  const { locales, maxChannels } = await organizationColumnsInfo(selection);
  yield BOM + csvLine(organizationColumns(locales, maxChannels));
  for await (const batch of organizationBatches(selection)) {
    yield batch.map((r) => csvLine(organizationCells(r, locales, maxChannels, links.organization(r.slug)))).join("");
  }
}

async function* json(
  selection: OrganizationSelection,
  links: Links,
  meta: Parameters<typeof jsonHead>[1],
): AsyncGenerator<string> {
  yield jsonHead("organizations", meta);
  yield* jsonItems(organizationBatches(selection), (r) => organizationItem(r, links.organization(r.slug)));
  yield "]}\n";
}

async function* hsds(
  selection: OrganizationSelection,
  links: Links,
  meta: Parameters<typeof hsdsPageHead>[1],
): AsyncGenerator<string> {
  yield hsdsPageHead(await countOrganizations(selection), meta);
  yield* jsonItems(organizationBatches(selection), (r) => toHsdsOrganization(r, meta.locale, links));
  yield "]}\n";
}

/**
 * The organization list's current selection (the same query parameters as /{locale}/organizations) as a streamed
 * CSV, JSON or HSDS 3.0 download; `format` picks which (csv when absent). Rows come in address order.
 */
export async function organizationExport(params: URLSearchParams, locale: string): Promise<Response> {
  const format = readFormat(params, EXPORT_FORMATS.organizations);
  if (!format) return badParameter("format", EXPORT_FORMATS.organizations);
  const { filters } = parseOrganizationQuery(searchParamsObject(params));
  // Every text match the search examines, not only the first pages a relevance-sorted list shows.
  const matchedIds = filters.q ? await matchOrganizationIds(filters.q, MAX_MATCH_LIMIT) : null;
  const selection = { filters, matchedIds };
  const site = siteUrl();
  const links: Links = {
    organization: (slug) => `${site}/${locale}/organizations/${slug}`,
    event: (slug) => `${site}/${locale}/events/${slug}`,
  };
  const meta = { generated: new Date().toISOString(), locale, filters: filtersToQuery(filters) };
  const body =
    format === "csv"
      ? csv(selection, links)
      : format === "json"
        ? json(selection, links, meta)
        : hsds(selection, links, meta);
  return downloadResponse(body, format, exportFileName("organizations", format));
}
