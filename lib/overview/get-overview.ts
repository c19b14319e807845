import "server-only";
import { hostCountryCodes } from "@/lib/countries/host-country-filter";
import { db } from "@/lib/db/client";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";
import { DEFAULT_CATEGORY } from "@/lib/organizations/filters";

export type Overview = {
  /** `organizations`: diaspora organizations, as /organizations and /stats count them; related institutions apart. */
  counts: {
    organizations: number;
    relatedInstitutions: number;
    diasporas: number;
    hostCountries: number;
    events: number;
  };
  diasporas: { slug: string; name: LocalizedText | null; organizations: number }[];
};

/** What the home page shows: how much the atlas holds, and its diasporas by number of organizations. */
export async function getOverview(locale: string): Promise<Overview> {
  const [organizations, relatedInstitutions, events, hostCountries, diasporas] = await Promise.all([
    db.organization.count({ where: { category: DEFAULT_CATEGORY } }),
    db.organization.count({ where: { category: "RELATED_INSTITUTION" } }),
    db.event.count(),
    hostCountryCodes().then((codes) => codes.length),
    db.diaspora.findMany({
      select: {
        slug: true,
        translations: { select: { locale: true, name: true } },
        _count: { select: { organizations: { where: { organization: { category: DEFAULT_CATEGORY } } } } },
      },
    }),
  ]);
  const list = diasporas
    .map((d) => ({
      slug: d.slug,
      name: pickLocalized(d.translations, "name", locale),
      organizations: d._count.organizations,
    }))
    .sort(
      (a, b) =>
        b.organizations - a.organizations || (a.name?.value ?? a.slug).localeCompare(b.name?.value ?? b.slug, locale),
    );
  return {
    counts: { organizations, relatedInstitutions, diasporas: diasporas.length, hostCountries, events },
    diasporas: list,
  };
}
