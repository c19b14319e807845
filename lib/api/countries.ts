import "server-only";
import { hostCountryCounts } from "@/lib/countries/host-country-filter";
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

/** GET /countries: host countries (lib/countries/host-country-filter.ts), by ISO code, with what the atlas holds about each. */
export async function listCountriesEndpoint(url: URL): Promise<Page<unknown>> {
  const { page, perPage, lang } = readQuery(url, "/countries");
  const all = await hostCountryCounts();
  const data = all.slice((page - 1) * perPage, page * perPage).map((c) => {
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
  return pageOf(url, data, { page, perPage, total: all.length });
}
