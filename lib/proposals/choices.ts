import "server-only";
// What the public proposal forms offer to choose from, labelled in the page's language: every diaspora, every host
// country, and the event or organization types.
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { EventType } from "@/lib/events/enums";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { pickLocalized } from "@/lib/i18n/localized";
import { OrganizationType } from "@/lib/organizations/enums";
import type { Locale } from "@/lib/i18n/routing";
import type { ProposalEntityType } from "./limits";

export async function loadProposalChoices(entityType: ProposalEntityType, locale: Locale) {
  const [diasporas, countries, enums] = await Promise.all([
    db.diaspora.findMany({ select: { id: true, slug: true, translations: { select: { locale: true, name: true } } } }),
    db.country.findMany({ select: { code: true } }),
    getTranslations({ locale, namespace: "Enums" }),
  ]);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  const types =
    entityType === "event"
      ? Object.values(EventType).map((v) => ({ value: v, label: enums(`EventType.${v}`) }))
      : Object.values(OrganizationType).map((v) => ({ value: v, label: enums(`OrganizationType.${v}`) }));
  return {
    diasporas: diasporas
      .map((d) => {
        const name = pickLocalized(d.translations, "name", locale);
        return {
          value: d.id,
          label: name?.value ?? d.slug,
          ...(name && name.locale !== locale ? { lang: name.locale } : {}),
        };
      })
      .sort(byLabel),
    countries: countries.map((c) => ({ value: c.code, label: countryName(c.code, locale) })).sort(byLabel),
    types: types.sort(byLabel),
    languageName: languageName(locale, locale),
  };
}
