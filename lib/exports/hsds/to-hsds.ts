// Organizations as Open Referral HSDS 3.0 (docs/hsds-extension.md): the core organization fields HSDS has, and
// everything else the atlas holds under one namespaced extension property, `diaspora_atlas`, which HSDS permits
// ("the HSDS Schemas permit the inclusion of new properties not defined in the schema itself").
import { licenseJson } from "@/lib/about/data-license";
import { pickLocalized } from "@/lib/i18n/localized";
import { sourceItem } from "../json-items";
import { provenanceAttributes } from "./provenance";
import type { OrganizationRecord, Texts } from "../records";

export const HSDS_VERSION = "3.0";
export const EXTENSION = "diaspora_atlas";

const rows = (texts: Texts) => Object.entries(texts).map(([locale, value]) => ({ locale, value }));
const pick = (texts: Texts, locale: string) => pickLocalized(rows(texts), "value", locale);

/** A URL as RFC 3986 requires (punycode host, percent-encoded path), which HSDS's `format: uri` checks. */
export function asUri(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

export type HsdsLinks = { organization: (slug: string) => string; event: (slug: string) => string };

/** One organization in HSDS 3.0: name and description in the requested language (or its fallback), the rest in the extension. */
export function toHsdsOrganization(record: OrganizationRecord, locale: string, links: HsdsLinks) {
  const name = pick(record.name, locale);
  const description = pick(record.description, locale);
  const website = record.channels.find((c) => c.kind === "WEBSITE");
  return {
    id: record.id,
    name: name?.value ?? record.slug,
    ...(record.acronym ? { alternate_name: record.acronym } : {}),
    description: description?.value ?? "",
    ...(website ? { website: asUri(website.url) } : {}),
    ...(record.foundedYear !== null ? { year_incorporated: record.foundedYear } : {}),
    uri: links.organization(record.slug),
    // Where the name and description given come from: HSDS attributes with the atlas's provenance terms.
    attributes: provenanceAttributes(record.id, [
      { field: "name", locale: name?.locale, provenance: record.nameProvenance },
      { field: "description", locale: description?.locale, provenance: record.descriptionProvenance },
    ]),
    [EXTENSION]: {
      slug: record.slug,
      category: record.category,
      name_language: name?.locale ?? null,
      description_language: description?.locale ?? null,
      translations: { name: record.name, description: record.description, city: record.city },
      name_provenance: record.nameProvenance,
      description_provenance: record.descriptionProvenance,
      acronym: record.acronym,
      types: record.types,
      served_groups: record.groups,
      status: record.status,
      dissolved_on: record.dissolvedOn,
      working_languages: record.languages,
      host_countries: record.countries,
      diasporas: record.diasporas,
      channels: record.channels.map((c) => ({ kind: c.kind, url: asUri(c.url), languages: c.languages })),
      // HSDS's own `website` is a URI and its `url` entity requires one: a website attested without an address has no
      // core field, so it sits here with the rest of the atlas's own data.
      online_presence: record.onlinePresence,
      events: record.events.map((e) => ({ slug: e.slug, start: e.start, title: e.title, url: links.event(e.slug) })),
      sources: record.sources.map(sourceItem),
      version: record.version,
      updated_at: record.updatedAt,
    },
  };
}

/** The opening of an HSDS 3.0 paginated response (the API's Page) holding every selected organization on one page. */
export function hsdsPageHead(
  total: number,
  meta: { generated: string; locale: string; filters: Record<string, string> },
): string {
  const page = {
    total_items: total,
    total_pages: 1,
    page_number: 1,
    size: total,
    first_page: true,
    last_page: true,
    empty: total === 0,
    [EXTENSION]: {
      hsds_version: HSDS_VERSION,
      generated: meta.generated,
      locale: meta.locale,
      filters: meta.filters,
      license: licenseJson(),
    },
  };
  return `${JSON.stringify(page).slice(0, -1)},"contents":[`;
}
