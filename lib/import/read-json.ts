// JSON as written by lib/exports (`{ "kind", "data": [...] }`, see json-items.ts), or a bare array of such items.
// Values are only shaped here; the kind's schema judges them. Read-only keys (id, url, events…) are ignored.
import { z } from "zod";
import type { ImportKind } from "./import-schema";
import { FileProblem } from "./read-csv";
import type { EventImport, OrganizationImport, ReadRow } from "./records";

const text = z
  .string()
  .nullish()
  .transform((v) => v ?? "");
const texts = z
  .record(z.string(), z.string().nullish())
  .nullish()
  .transform((r) =>
    Object.fromEntries(
      Object.entries(r ?? {}).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
    ),
  );
const list = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
const year = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? "" : String(v)));

const organizationItem = z.looseObject({
  slug: z.string(),
  category: text,
  name: texts,
  description: texts,
  city: texts,
  // Other names per language, as lists; absent: the stored ones are kept.
  alt_names: z.record(z.string(), z.array(z.string())).optional(),
  acronym: text,
  types: list,
  groups: list,
  status: z
    .string()
    .nullish()
    .transform((v) => v || "UNKNOWN"),
  // Absent: the file predates the field and an existing entry keeps its date; null: none.
  dissolved_on: z
    .union([z.string(), z.null()])
    .optional()
    .transform((v) => (v === undefined ? undefined : (v ?? ""))),
  founded_year: year,
  languages: list,
  countries: list,
  diasporas: list,
  channels: z
    .array(z.looseObject({ kind: text, url: text, languages: list }))
    .nullish()
    .transform((v) => v ?? []),
  // Absent: the file predates the field and an existing entry keeps its presence; null: none.
  online_presence: z
    .union([z.array(z.string()), z.null()])
    .optional()
    .transform((v) => (v === undefined ? undefined : (v ?? []))),
});

const eventItem = z.looseObject({
  slug: z.string(),
  type: text,
  start: text,
  end: text,
  // Absent: the file predates the field and an existing entry keeps its date basis; null: STATED.
  date_basis: z
    .union([z.string(), z.null()])
    .optional()
    .transform((v) => (v === undefined ? undefined : (v ?? ""))),
  title: texts,
  description: texts,
  city: texts,
  recurrence: texts,
  country: text,
  online_url: text,
  diasporas: list,
  organizers: list,
});

function organization(item: z.output<typeof organizationItem>): OrganizationImport {
  const { founded_year, dissolved_on, countries, channels, online_presence, ...rest } = item;
  return {
    slug: rest.slug.trim(),
    category: rest.category,
    name: rest.name,
    description: rest.description,
    city: rest.city,
    altNames: rest.alt_names
      ? Object.fromEntries(Object.entries(rest.alt_names).map(([locale, names]) => [locale, names.join("\n")]))
      : undefined,
    acronym: rest.acronym,
    types: rest.types,
    groups: rest.groups,
    status: rest.status,
    dissolvedOn: dissolved_on,
    foundedYear: founded_year,
    languages: rest.languages,
    countries: countries.map((c) => c.toUpperCase()),
    diasporas: rest.diasporas,
    channels: channels.map((c) => ({ kind: c.kind, url: c.url, languages: c.languages })),
    onlinePresence: online_presence,
  };
}

function event(item: z.output<typeof eventItem>): EventImport {
  return {
    slug: item.slug.trim(),
    type: item.type,
    start: item.start,
    end: item.end,
    dateBasis: item.date_basis,
    title: item.title,
    description: item.description,
    city: item.city,
    recurrence: item.recurrence,
    country: item.country.toUpperCase(),
    onlineUrl: item.online_url,
    diasporas: item.diasporas,
    organizers: item.organizers,
  };
}

/** The items of a JSON import file, numbered from 1. */
export function readJson(content: string, kind: ImportKind, maxRows: number): ReadRow[] {
  let document: unknown;
  try {
    document = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch {
    throw new FileProblem("jsonInvalid");
  }
  const items = Array.isArray(document) ? document : (document as { data?: unknown })?.data;
  if (!Array.isArray(items)) throw new FileProblem("jsonNoData");
  if (items.length > maxRows) throw new FileProblem("tooManyRows", { max: maxRows });
  return items.map((item, index) => {
    const row = index + 1;
    const parsed = kind === "organization" ? organizationItem.safeParse(item) : eventItem.safeParse(item);
    if (!parsed.success) {
      const slug = typeof (item as { slug?: unknown })?.slug === "string" ? (item as { slug: string }).slug : "";
      return { row, slug, error: "itemShape" };
    }
    return {
      row,
      record:
        kind === "organization"
          ? organization(parsed.data as z.output<typeof organizationItem>)
          : event(parsed.data as z.output<typeof eventItem>),
    };
  });
}

/** CSV unless the file (after any byte order mark and spaces) starts like JSON. */
export function detectFormat(content: string, fileName: string): "csv" | "json" {
  if (/\.json$/i.test(fileName)) return "json";
  if (/\.csv$/i.test(fileName)) return "csv";
  return /^\uFEFF?\s*[[{]/.test(content) ? "json" : "csv";
}
