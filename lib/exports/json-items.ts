// The JSON export: `{ "kind", "generated", "filters", "data": [...] }`, one item per entry with snake_case keys.
// lib/import reads the same items back.
import { licenseJson } from "@/lib/about/data-license";
import { apiLinkCheck } from "@/lib/links/link-state";
import { doiUrl } from "@/lib/sources/doi";
import type { EventRecord, ExportSource, OrganizationRecord } from "./records";

/** A numbered source as the JSON and HSDS exports write it: the bibliographic fields, the DOI also as a link. */
export function sourceItem(s: ExportSource) {
  const { doi, url, ...rest } = s;
  return { ...rest, doi, doi_url: doi ? doiUrl(doi) : null, url };
}

export function organizationItem(record: OrganizationRecord, url: string) {
  return {
    slug: record.slug,
    category: record.category,
    name: record.name,
    description: record.description,
    city: record.city,
    name_provenance: record.nameProvenance,
    description_provenance: record.descriptionProvenance,
    alt_names: record.altNames,
    acronym: record.acronym,
    types: record.types,
    groups: record.groups,
    status: record.status,
    dissolved_on: record.dissolvedOn,
    founded_year: record.foundedYear,
    languages: record.languages,
    countries: record.countries,
    diasporas: record.diasporas,
    channels: record.channels.map(({ check, ...channel }) => ({ ...channel, check: apiLinkCheck(check) })),
    online_presence: record.onlinePresence,
    events: record.events,
    sources: record.sources.map(sourceItem),
    url,
    id: record.id,
    version: record.version,
    updated_at: record.updatedAt,
  };
}

export function eventItem(record: EventRecord, url: string) {
  return {
    slug: record.slug,
    type: record.type,
    start: record.start,
    end: record.end,
    date_basis: record.dateBasis,
    title: record.title,
    description: record.description,
    city: record.city,
    recurrence: record.recurrence,
    title_provenance: record.titleProvenance,
    description_provenance: record.descriptionProvenance,
    country: record.country,
    online_url: record.onlineUrl,
    diasporas: record.diasporas,
    organizers: record.organizers,
    url,
    id: record.id,
    version: record.version,
    updated_at: record.updatedAt,
  };
}

/** The document's opening, up to the data array; items and the closing "]}" follow as they are read. */
export function jsonHead(
  kind: "organizations" | "events",
  meta: { generated: string; locale: string; filters: Record<string, string> },
): string {
  const head = JSON.stringify({
    kind,
    format: "diaspora-atlas/1",
    generated: meta.generated,
    locale: meta.locale,
    filters: meta.filters,
    license: licenseJson(),
  });
  return `${head.slice(0, -1)},"data":[`;
}
