import "server-only";
// Newly published organizations as an Atom feed, newest first, for any filter set of the organization list. An
// organization row is created inside the transaction that approves its first revision (docs/decisions/0009), so
// its createdAt is the moment it was published; seeded entries carry the time they were loaded.
import { atomLicense } from "@/lib/about/data-license";
import { db } from "@/lib/db/client";
import { countryName } from "@/lib/i18n/display-names";
import { pickLocalized } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { rootTranslatorFor } from "@/lib/i18n/translator";
import { filterConditions } from "@/lib/organizations/filter-sql";
import { filtersToQuery, type OrganizationFilters } from "@/lib/organizations/filters";
import { organizationRowSelect } from "@/lib/organizations/row";
import { matchOrganizationIds } from "@/lib/search/match";
import type { RootTranslator } from "@/lib/citations/terms";
import { atomText, writeAtom, type AtomEntry } from "./atom";
import { describeOrganizationFilters } from "./describe-filters";
import { absolute, organizationFeedPath } from "./feed-links";
import { lastChange } from "./last-change";

/** Entries in the feed: the newest publications. */
export const ORGANIZATION_FEED_LIMIT = 50;

async function newestOrganizations(filters: OrganizationFilters, locale: string) {
  const matchedIds = filters.q ? await matchOrganizationIds(filters.q) : null;
  const ordered = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Organization" o ${filterConditions(filters, matchedIds)}
    ORDER BY o."createdAt" DESC, o.id DESC LIMIT ${ORGANIZATION_FEED_LIMIT}`;
  const ids = ordered.map((r) => r.id);
  const rows = await db.organization.findMany({
    where: { id: { in: ids } },
    select: organizationRowSelect,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .flatMap((id) => byId.get(id) ?? [])
    .map((row) => ({
      ...row,
      name: pickLocalized(row.translations, "name", locale),
      description: pickLocalized(row.translations, "description", locale),
      city: pickLocalized(row.translations, "city", locale),
      diasporaNames: row.diasporas.flatMap((d) => pickLocalized(d.diaspora.translations, "name", locale)?.value ?? []),
    }));
}

/** The Atom feed of newly published organizations matching the list's filters. */
export async function organizationAtomFeed(locale: Locale, filters: OrganizationFilters): Promise<string> {
  const t = (await rootTranslatorFor(locale)) as unknown as RootTranslator;
  const organizations = await newestOrganizations(filters, locale);
  const self = absolute(organizationFeedPath(locale, filters));
  const entries: AtomEntry[] = organizations.map((o) => {
    const where = [o.city?.value, ...o.countries.map((c) => countryName(c.countryCode, locale))]
      .filter(Boolean)
      .join(", ");
    const head = [o.diasporaNames.join(", "), where].filter(Boolean).join(" · ");
    const title = [o.name?.value ?? o.slug, o.acronym ? `(${o.acronym})` : null].filter(Boolean).join(" ");
    return {
      id: `urn:uuid:${o.id}`,
      title: o.name ? atomText({ ...o.name, value: title }) : { value: title },
      updated: o.updatedAt.toISOString(),
      published: o.createdAt.toISOString(),
      link: absolute(getPathname({ locale, href: `/organizations/${o.slug}` })),
      ...(head ? { summary: { value: head } } : {}),
      ...(o.description ? { content: atomText(o.description) } : {}),
      categories: o.types.map((type) => ({ term: type, label: t(`Enums.OrganizationType.${type}`) })),
    };
  });
  // With no matching organization, the feed last changed when any organization last did.
  const updated = entries.length
    ? entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), entries[0]!.updated)
    : await lastChange("organization");
  return writeAtom(
    {
      id: self,
      title: t("Feeds.organizationsTitle", { site: t("Meta.title") }),
      subtitle: await describeOrganizationFilters(filters, locale, t),
      updated,
      lang: locale,
      author: { name: t("Meta.title"), uri: absolute(getPathname({ locale, href: "/" })) },
      links: [
        { rel: "self", type: "application/atom+xml", href: self },
        {
          rel: "alternate",
          type: "text/html",
          href: absolute(getPathname({ locale, href: { pathname: "/organizations", query: filtersToQuery(filters) } })),
        },
        atomLicense().link,
      ],
      generator: t("Meta.title"),
      rights: atomLicense().rights,
    },
    entries,
  );
}
