import "server-only";
import { apiLinkCheck, type LinkState } from "@/lib/links/link-state";
import { linkStates } from "@/lib/links/read";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { key } from "@/lib/db/keyset";
import { isSlug } from "@/lib/validation/text";
import { contentFallbackChain } from "@/lib/i18n/localized";
import { filterConditions, translationJoins } from "@/lib/organizations/filter-sql";
import { parseOrganizationQuery } from "@/lib/organizations/filters";
import { orderKeys } from "@/lib/organizations/list-organizations";
import { organizationRowSelect, type OrganizationRow } from "@/lib/organizations/row";
import { dayOf } from "@/lib/organizations/dissolved-on";
import { matchOrganizationIds } from "@/lib/search/match";
import { citationSelect, toCitations } from "@/lib/sources/citation";
import { notFound } from "./http/errors";
import { localizedMap, provenanceMap, withLabel } from "./localized";
import { readListPage } from "./list-page";
import { pageOf, seekPageOf, type Page } from "./paging";
import { readQuery, rejectIgnored } from "./query";
import { apiCitation, eventRefs, eventRefSelect, namedRefs } from "./references";
import { pageUrl } from "./urls";

function represent(row: OrganizationRow, lang: string | undefined, checks: Map<string, LinkState>) {
  const name = localizedMap(row.translations, "name");
  return {
    id: row.id,
    slug: row.slug,
    url: pageUrl("organizations", row.slug, lang),
    name,
    ...withLabel(name, lang),
    category: row.category,
    acronym: row.acronym,
    description: localizedMap(row.translations, "description"),
    name_provenance: provenanceMap(row.translations, "name", "nameProvenance"),
    description_provenance: provenanceMap(row.translations, "description", "descriptionProvenance"),
    alt_names: Object.fromEntries(row.translations.flatMap((t) => (t.altNames.length ? [[t.locale, t.altNames]] : []))),
    city: localizedMap(row.translations, "city"),
    types: row.types,
    groups: row.groups,
    status: row.status,
    dissolved_on: dayOf(row.dissolvedOn),
    founded_year: row.foundedYear,
    languages: row.languages,
    countries: row.countries.map((c) => c.countryCode),
    diasporas: namedRefs(row.diasporas.map((d) => d.diaspora)),
    channels: row.channels.map((c) => ({ ...c, check: apiLinkCheck(checks.get(c.url) ?? null) })),
    online_presence: row.onlinePresence,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/**
 * GET /organizations: the list's filters and sorts (by slug unless asked otherwise), every language of each
 * organization. As the list, diaspora organizations unless `category=RELATED_INSTITUTION`.
 */
export async function listOrganizationsEndpoint(url: URL): Promise<Page<ReturnType<typeof represent>>> {
  const query = readQuery(url, "/organizations");
  const { params, page, perPage, lang } = query;
  // sort=slug is the API's own; the list's parser checks the rest as the page does.
  const { sort: requested, ...rest } = params;
  const bySlug = requested === "slug" || (requested === undefined && !params.q);
  const { filters, sort, ignored } = parseOrganizationQuery(requested === "slug" ? rest : params);
  rejectIgnored("/organizations", ignored);
  const matchedIds = filters.q ? await matchOrganizationIds(filters.q) : null;
  const chain = contentFallbackChain(lang ?? "ru");
  const listed = await readListPage(
    {
      id: Prisma.sql`o.id`,
      table: Prisma.sql`"Organization" o`,
      joins: bySlug ? Prisma.empty : translationJoins(chain),
      where: filterConditions(filters, matchedIds),
      keys: bySlug ? [key(Prisma.sql`o.slug`, "text", { nullable: false })] : orderKeys(sort, matchedIds, lang ?? "ru"),
      order: bySlug ? "organizations:slug" : `organizations:${sort}:${chain.join(",")}`,
    },
    query,
  );
  const rows = await db.organization.findMany({ where: { id: { in: listed.ids } }, select: organizationRowSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const checks = await linkStates(rows.flatMap((r) => r.channels.map((c) => c.url)));
  const data = listed.ids.flatMap((id) => (byId.has(id) ? [represent(byId.get(id)!, lang, checks)] : []));
  if (listed.total === null) return seekPageOf(url, data, perPage, listed.nextCursor);
  return pageOf(url, data, { page, perPage, total: listed.total }, { next_cursor: listed.nextCursor });
}

/** GET /organizations/{slug}: the organization, its events and its numbered sources. */
export async function getOrganizationEndpoint(url: URL, { slug }: { slug: string }) {
  const { lang } = readQuery(url, "/organizations/{slug}");
  if (!isSlug(slug)) throw notFound("organization", "slug", slug);
  const row = await db.organization.findUnique({
    where: { slug },
    select: {
      ...organizationRowSelect,
      events: { select: { event: { select: eventRefSelect } } },
      sources: citationSelect,
    },
  });
  if (!row) throw notFound("organization", "slug", slug);
  return {
    body: {
      data: {
        ...represent(row, lang, await linkStates(row.channels.map((c) => c.url))),
        events: eventRefs(row.events.map((e) => e.event)),
        citations: toCitations(row.sources).map(apiCitation),
      },
    },
  };
}
