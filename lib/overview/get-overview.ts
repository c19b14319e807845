import "server-only";
import { hostCountryCodes } from "@/lib/countries/host-country-filter";
import { db } from "@/lib/db/client";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";

export type Overview = {
  counts: { organizations: number; diasporas: number; hostCountries: number; events: number };
  diasporas: { slug: string; name: LocalizedText | null; organizations: number }[];
};

/** What the home page shows: how much the atlas holds, and its diasporas by number of organizations. */
export async function getOverview(locale: string): Promise<Overview> {
  const [organizations, events, hostCountries, diasporas] = await Promise.all([
    db.organization.count(),
    db.event.count(),
    hostCountryCodes().then((codes) => codes.length),
    db.diaspora.findMany({
      select: {
        slug: true,
        translations: { select: { locale: true, name: true } },
        _count: { select: { organizations: true } },
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
  return { counts: { organizations, diasporas: diasporas.length, hostCountries, events }, diasporas: list };
}
