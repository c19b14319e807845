// The CSV layout of each kind: one column per language for each translatable field (name_ru, name_en, name_hy…),
// lists in one cell ("hy; ru"), each channel in its own three columns, and read-only columns at the end.
// lib/import reads the same columns back, so an export imports unchanged.
import { joinList } from "./csv";
import { doiUrl } from "@/lib/sources/doi";
import {
  EVENT_TEXT_FIELDS,
  ORGANIZATION_TEXTS,
  type EventRecord,
  type ExportSource,
  type OrganizationRecord,
  type Texts,
} from "./records";

export const CHANNEL_FIELDS = ["kind", "url", "languages"] as const;
/**
 * The link monitor's latest check of each channel (lib/links), read-only: its outcome (BROKEN when it failed enough
 * checks in a row), the day of the check and, when broken, the day of the first failure.
 */
export const CHANNEL_CHECK_FIELDS = ["check", "checked_on", "unreachable_since"] as const;
export const channelColumn = (
  index: number,
  field: (typeof CHANNEL_FIELDS)[number] | (typeof CHANNEL_CHECK_FIELDS)[number],
) => `channel_${index + 1}_${field}`;

/** Columns written for information only; an import ignores them. */
export const READ_ONLY_COLUMNS = [
  "events",
  "sources",
  "url",
  "updated_at",
  "id",
  "version",
  "provenance_name",
  "provenance_description",
] as const;

/** An event's read-only columns: an import ignores them (provenance_…, not title_…: that prefix is a language column). */
export const EVENT_READ_ONLY_COLUMNS = [
  "url",
  "updated_at",
  "id",
  "version",
  "provenance_title",
  "provenance_description",
] as const;

/** A field's provenance per language in one cell: "en: SOURCE; ru: ATLAS" (not name_…: that prefix is a language column). */
const provenanceCell = (texts: Texts) =>
  joinList(Object.entries(texts).map(([locale, value]) => `${locale}: ${value}`));

/** A source in one cell: its citation key and its persistent address (the DOI link, else its URL). */
export const sourceCell = (s: ExportSource) => {
  const link = s.doi ? doiUrl(s.doi) : s.url;
  return link ? `${s.key} <${link}>` : s.key;
};

const textColumns = (fields: readonly string[], locales: readonly string[]) =>
  fields.flatMap((field) => locales.map((locale) => `${field}_${locale}`));
const textCells = (fields: readonly string[], locales: readonly string[], record: Record<string, unknown>) =>
  fields.flatMap((field) => locales.map((locale) => (record[field] as Texts)[locale] ?? ""));

export function organizationColumns(locales: readonly string[], maxChannels: number): string[] {
  const channels = Array.from({ length: maxChannels }, (_, i) =>
    [...CHANNEL_FIELDS, ...CHANNEL_CHECK_FIELDS].map((f) => channelColumn(i, f)),
  ).flat();
  return [
    "slug",
    "category",
    ...textColumns(ORGANIZATION_TEXTS, locales),
    // Other names, one a line in the language's cell.
    ...textColumns(["alt_names"], locales),
    "acronym",
    "types",
    "groups",
    "status",
    "dissolved_on",
    "founded_year",
    "languages",
    "countries",
    "diasporas",
    // Before the channels, whose number varies with the selection, so it keeps its place in every export.
    "online_presence",
    ...channels,
    ...READ_ONLY_COLUMNS,
  ];
}

export function organizationCells(
  record: OrganizationRecord,
  locales: readonly string[],
  maxChannels: number,
  url: string,
): string[] {
  const channels = Array.from({ length: maxChannels }, (_, i) => {
    const channel = record.channels[i];
    if (!channel) return ["", "", "", "", "", ""];
    const check = channel.check;
    const day = (iso: string | null | undefined) => iso?.slice(0, 10) ?? "";
    return [
      channel.kind,
      channel.url,
      joinList(channel.languages),
      check ? (check.broken ? "BROKEN" : check.outcome) : "",
      day(check?.checkedAt),
      check?.broken ? day(check.failingSince) : "",
    ];
  }).flat();
  return [
    record.slug,
    record.category,
    ...textCells(ORGANIZATION_TEXTS, locales, record),
    ...locales.map((locale) => (record.altNames[locale] ?? []).join("\n")),
    record.acronym ?? "",
    joinList(record.types),
    joinList(record.groups),
    record.status,
    record.dissolvedOn ?? "",
    record.foundedYear === null ? "" : String(record.foundedYear),
    joinList(record.languages),
    joinList(record.countries),
    joinList(record.diasporas),
    joinList(record.onlinePresence),
    ...channels,
    joinList(record.events.map((e) => e.slug)),
    joinList(record.sources.map(sourceCell)),
    url,
    record.updatedAt,
    record.id,
    String(record.version),
    provenanceCell(record.nameProvenance),
    provenanceCell(record.descriptionProvenance),
  ];
}

export function eventColumns(locales: readonly string[]): string[] {
  return [
    "slug",
    ...textColumns(EVENT_TEXT_FIELDS, locales),
    "type",
    "start",
    "end",
    "date_basis",
    "country",
    "online_url",
    "diasporas",
    "organizers",
    ...EVENT_READ_ONLY_COLUMNS,
  ];
}

export function eventCells(record: EventRecord, locales: readonly string[], url: string): string[] {
  return [
    record.slug,
    ...textCells(EVENT_TEXT_FIELDS, locales, record),
    record.type,
    record.start ?? "",
    record.end ?? "",
    record.dateBasis,
    record.country ?? "",
    record.onlineUrl ?? "",
    joinList(record.diasporas),
    joinList(record.organizers),
    url,
    record.updatedAt,
    record.id,
    String(record.version),
    provenanceCell(record.titleProvenance),
    provenanceCell(record.descriptionProvenance),
  ];
}
