import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { countryName } from "@/lib/i18n/display-names";
import { routing } from "@/lib/i18n/routing";
import { withLabel, type LocalizedMap } from "./localized";
import { pageOf, type Page } from "./paging";
import { readQuery } from "./query";
import { pageUrl } from "./urls";

/** A country's name in every UI language (and lang, when asked), from the runtime's CLDR data, as the pages show it. */
function countryNames(code: string, lang: string | undefined): LocalizedMap {
  const locales = [...new Set([...routing.locales, ...(lang ? [lang] : [])])].sort();
  return Object.fromEntries(locales.map((locale) => [locale, countryName(code, locale)]));
}

/**
 * A host country as lib/countries/host-country-filter.ts defines it (an organization, a presence or an event
 * there), in SQL: Prisma's `some: {}` form of that filter takes ~25 s on 100 000 organizations and 300 000
 * events, three index probes per country take milliseconds. The integration test checks both agree.
 */
const IS_HOST = Prisma.sql`(EXISTS (SELECT 1 FROM "OrganizationCountry" x WHERE x."countryCode" = c.code)
  OR EXISTS (SELECT 1 FROM "DiasporaPresence" x WHERE x."countryCode" = c.code)
  OR EXISTS (SELECT 1 FROM "Event" x WHERE x."countryCode" = c.code))`;

type CountryRow = { code: string; diasporas: number; organizations: number; events: number };

/** GET /countries: host countries, by ISO code, with what the atlas holds about each. */
export async function listCountriesEndpoint(url: URL): Promise<Page<unknown>> {
  const { page, perPage, lang } = readQuery(url, "/countries");
  const [totals, rows] = await Promise.all([
    db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Country" c WHERE ${IS_HOST}`,
    db.$queryRaw<CountryRow[]>`
      SELECT c.code,
        (SELECT count(DISTINCT x."diasporaId") FROM "DiasporaPresence" x WHERE x."countryCode" = c.code)::int AS diasporas,
        (SELECT count(*) FROM "OrganizationCountry" x WHERE x."countryCode" = c.code)::int AS organizations,
        (SELECT count(*) FROM "Event" x WHERE x."countryCode" = c.code)::int AS events
      FROM "Country" c WHERE ${IS_HOST}
      ORDER BY c.code LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`,
  ]);
  const data = rows.map((c) => {
    const name = countryNames(c.code, lang);
    return {
      code: c.code,
      url: pageUrl("countries", c.code, lang),
      name,
      ...withLabel(name, lang),
      diaspora_count: c.diasporas,
      organization_count: c.organizations,
      event_count: c.events,
    };
  });
  return pageOf(url, data, { page, perPage, total: totals[0]?.count ?? 0 });
}
