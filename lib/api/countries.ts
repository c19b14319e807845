import "server-only";
import { hostCountryWhere } from "@/lib/countries/host-country-filter";
import { db } from "@/lib/db/client";
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

/** GET /countries: host countries (with an organization, a diaspora's presence or an event), by ISO code. */
export async function listCountriesEndpoint(url: URL): Promise<Page<unknown>> {
  const { page, perPage, lang } = readQuery(url, "/countries");
  const [total, rows] = await Promise.all([
    db.country.count({ where: hostCountryWhere }),
    db.country.findMany({
      where: hostCountryWhere,
      orderBy: { code: "asc" },
      skip: (page - 1) * perPage,
      take: perPage,
      select: { code: true, presences: { select: { diasporaId: true } }, _count: { select: { organizations: true, events: true } } },
    }),
  ]);
  const data = rows.map((c) => {
    const name = countryNames(c.code, lang);
    return {
      code: c.code,
      url: pageUrl("countries", c.code, lang),
      name,
      ...withLabel(name, lang),
      diaspora_count: new Set(c.presences.map((p) => p.diasporaId)).size,
      organization_count: c._count.organizations,
      event_count: c._count.events,
    };
  });
  return pageOf(url, data, { page, perPage, total });
}
