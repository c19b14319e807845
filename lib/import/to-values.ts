// An import row as the curation form's values (lib/organizations/form-values.ts, lib/events/form-values.ts), so the
// kind's own schema validates it exactly as it validates a curator's form; and the form's field names back as the
// file's columns.
import type { FieldErrors, FormValues } from "@/lib/curation/kinds/types";
import type { Texts } from "@/lib/exports/records";
import type { EventImport, OrganizationImport } from "./records";

export type SlugIds = Map<string, string>;

function putTexts(values: FormValues, field: string, texts: Texts) {
  for (const [locale, text] of Object.entries(texts)) values[`${field}.${locale}`] = text;
}

function resolve(slugs: string[], ids: SlugIds, column: string, code: string, errors: FieldErrors): string[] {
  if (slugs.some((s) => !ids.has(s))) errors[column] = [code];
  return slugs.flatMap((s) => ids.get(s) ?? []);
}

export function organizationValues(
  r: OrganizationImport,
  diasporas: SlugIds,
): { values: FormValues; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const values: FormValues = {
    version: "0",
    slug: r.slug,
    category: r.category,
    acronym: r.acronym,
    types: r.types,
    groups: r.groups,
    diasporaIds: resolve(r.diasporas, diasporas, "diasporas", "unknownDiaspora", errors),
    countryCodes: r.countries,
    foundedYear: r.foundedYear,
    status: r.status,
    languages: r.languages.join(", "),
  };
  if (r.dissolvedOn !== undefined) values.dissolvedOn = r.dissolvedOn;
  // Left out when the file has no such column: processRows then keeps the entry's own.
  if (r.onlinePresence !== undefined) values.onlinePresence = r.onlinePresence;
  putTexts(values, "name", r.name);
  putTexts(values, "description", r.description);
  putTexts(values, "city", r.city);
  if (r.altNames) putTexts(values, "altNames", r.altNames);
  r.channels.forEach((c, i) => {
    // The form drops a channel without an address; a file that names a kind without one is saying something wrong.
    if (c.url === "") errors[`channel_${i + 1}_url`] = ["url"];
    values[`channel.${i}.kind`] = c.kind;
    values[`channel.${i}.url`] = c.url;
    values[`channel.${i}.languages`] = c.languages.join(", ");
  });
  return { values, errors };
}

export function eventValues(
  r: EventImport,
  diasporas: SlugIds,
  organizations: SlugIds,
): { values: FormValues; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const values: FormValues = {
    version: "0",
    slug: r.slug,
    type: r.type,
    start: r.start,
    end: r.end,
    countryCode: r.country,
    onlineUrl: r.onlineUrl,
    diasporaIds: resolve(r.diasporas, diasporas, "diasporas", "unknownDiaspora", errors),
    organizerIds: resolve(r.organizers, organizations, "organizers", "unknownOrganizer", errors),
  };
  if (r.dateBasis !== undefined) values.dateBasis = r.dateBasis;
  putTexts(values, "title", r.title);
  putTexts(values, "description", r.description);
  putTexts(values, "city", r.city);
  putTexts(values, "recurrence", r.recurrence);
  return { values, errors };
}

const COLUMNS: Record<string, string> = {
  diasporaIds: "diasporas",
  countryCodes: "countries",
  foundedYear: "founded_year",
  dissolvedOn: "dissolved_on",
  dateBasis: "date_basis",
  organizerIds: "organizers",
  countryCode: "country",
  onlineUrl: "online_url",
  onlinePresence: "online_presence",
};

/** The file's column for a form field: name.ru → name_ru, channel.0.url → channel_1_url, diasporaIds → diasporas. */
export function columnOf(field: string): string {
  const channel = field.match(/^channel\.(\d+)(?:\.(\w+))?$/);
  if (channel) return `channel_${Number(channel[1]) + 1}${channel[2] ? `_${channel[2]}` : ""}`;
  const text = field.match(/^(\w+)\.(.+)$/);
  if (text) return `${text[1] === "altNames" ? "alt_names" : text[1]}_${text[2]}`;
  return COLUMNS[field] ?? field;
}

/** A reference that does not exist, said for the column it is in. */
const REFERENCE_CODES: Record<string, string> = {
  diasporas: "unknownDiaspora",
  countries: "unknownCountry",
  country: "unknownCountry",
  organizers: "unknownOrganizer",
};

/** The kind's field errors keyed by the file's columns; the row's own errors win where both speak of a column. */
export function errorsByColumn(own: FieldErrors, fromKind: FieldErrors): FieldErrors {
  const out: FieldErrors = { ...own };
  for (const [field, codes] of Object.entries(fromKind)) {
    const column = columnOf(field);
    if (out[column]) continue;
    out[column] = codes.map((code) => (code === "unknownReference" ? (REFERENCE_CODES[column] ?? code) : code));
  }
  return out;
}
