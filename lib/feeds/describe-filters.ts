import "server-only";
// A feed's subtitle: its filters in words ("Diaspora: Armenian diaspora; Country: Russia; Time: Upcoming"), so
// a reader subscribed to several feeds can tell them apart.
import { db } from "@/lib/db/client";
import type { EventFilters, EventWhen } from "@/lib/events/filters";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { pickLocalized } from "@/lib/i18n/localized";
import type { OrganizationFilters } from "@/lib/organizations/filters";
import type { RootTranslator } from "@/lib/citations/terms";

async function diasporaName(slug: string, locale: string) {
  const row = await db.diaspora.findUnique({
    where: { slug },
    select: { translations: { select: { locale: true, name: true } } },
  });
  return (row && pickLocalized(row.translations, "name", locale)?.value) ?? slug;
}

async function organizationName(slug: string, locale: string) {
  const row = await db.organization.findUnique({
    where: { slug },
    select: { translations: { select: { locale: true, name: true } } },
  });
  return (row && pickLocalized(row.translations, "name", locale)?.value) ?? slug;
}

const join = (t: RootTranslator, parts: [label: string, value: string][]) =>
  parts.length
    ? parts.map(([label, value]) => t("Feeds.filterValue", { label, value })).join("; ")
    : t("Feeds.noFilters");

export async function describeEventFilters(
  filters: EventFilters,
  when: EventWhen,
  locale: string,
  t: RootTranslator,
): Promise<string> {
  const parts: [string, string][] = [];
  for (const [key, value] of Object.entries(filters) as [keyof EventFilters, string][]) {
    const shown =
      key === "country"
        ? countryName(value, locale)
        : key === "type"
          ? t(`Enums.EventType.${value}`)
          : key === "diaspora"
            ? await diasporaName(value, locale)
            : key === "organization"
              ? await organizationName(value, locale)
              : value;
    parts.push([t(`Events.filter.${key}`), shown]);
  }
  parts.push([t("Events.filter.when"), t(`Events.when.${when}`)]);
  return join(t, parts);
}

export async function describeOrganizationFilters(
  filters: OrganizationFilters,
  locale: string,
  t: RootTranslator,
): Promise<string> {
  const parts: [string, string][] = [];
  for (const [key, value] of Object.entries(filters) as [keyof OrganizationFilters, string][]) {
    const shown =
      key === "country"
        ? countryName(value, locale)
        : key === "category"
          ? t(`Organizations.tab.${value as "RELATED_INSTITUTION"}`)
          : key === "type"
            ? t(`Enums.OrganizationType.${value}`)
            : key === "group"
              ? t(`Enums.ServedGroup.${value}`)
              : key === "language"
                ? languageName(value, locale)
                : key === "diaspora"
                  ? await diasporaName(value, locale)
                  : value;
    parts.push([t(`Organizations.filter.${key}`), shown]);
  }
  return join(t, parts);
}
