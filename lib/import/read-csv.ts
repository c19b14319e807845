// CSV rows as written by lib/exports (see csv-columns.ts): language columns name_ru…, lists "a; b", channels in
// channel_N_kind/url/languages, apostrophe-neutralised formula cells. Unknown and read-only columns are ignored.
import { parse } from "csv-parse/sync";
import { CHANNEL_FIELDS } from "@/lib/exports/csv-columns";
import { splitList, unneutralise } from "@/lib/exports/csv";
import type { Texts } from "@/lib/exports/records";
import type { ImportKind } from "./import-schema";
import type { EventImport, OrganizationImport, ReadRow } from "./records";

export class FileProblem extends Error {
  constructor(
    readonly code: string,
    readonly detail?: Record<string, string | number>,
  ) {
    super(code);
  }
}

type Cells = Record<string, string>;

function texts(cells: Cells, field: string): Texts {
  const out: Texts = {};
  for (const [column, value] of Object.entries(cells)) {
    if (value !== "" && column.startsWith(`${field}_`)) out[column.slice(field.length + 1)] = value;
  }
  return out;
}

function channels(cells: Cells): OrganizationImport["channels"] {
  const numbers = new Set(Object.keys(cells).flatMap((c) => c.match(/^channel_(\d{1,2})_/)?.[1] ?? []));
  return [...numbers]
    .map(Number)
    .sort((a, b) => a - b)
    .map((n) => Object.fromEntries(CHANNEL_FIELDS.map((f) => [f, cells[`channel_${n}_${f}`] ?? ""])))
    .filter((c) => c.url !== "" || c.kind !== "")
    .map((c) => ({ kind: c.kind!, url: c.url!, languages: splitList(c.languages) }));
}

function organization(cells: Cells): OrganizationImport {
  return {
    slug: cells.slug ?? "",
    category: cells.category ?? "",
    name: texts(cells, "name"),
    description: texts(cells, "description"),
    city: texts(cells, "city"),
    altNames: Object.keys(cells).some((c) => c.startsWith("alt_names_")) ? texts(cells, "alt_names") : undefined,
    acronym: cells.acronym ?? "",
    types: splitList(cells.types),
    groups: splitList(cells.groups),
    status: cells.status || "UNKNOWN",
    dissolvedOn: cells.dissolved_on,
    foundedYear: cells.founded_year ?? "",
    languages: splitList(cells.languages),
    countries: splitList(cells.countries).map((c) => c.toUpperCase()),
    diasporas: splitList(cells.diasporas),
    channels: channels(cells),
    onlinePresence: "online_presence" in cells ? splitList(cells.online_presence) : undefined,
  };
}

function event(cells: Cells): EventImport {
  return {
    slug: cells.slug ?? "",
    type: cells.type ?? "",
    start: cells.start ?? "",
    end: cells.end ?? "",
    dateBasis: cells.date_basis,
    title: texts(cells, "title"),
    description: texts(cells, "description"),
    city: texts(cells, "city"),
    recurrence: texts(cells, "recurrence"),
    country: (cells.country ?? "").toUpperCase(),
    onlineUrl: cells.online_url ?? "",
    diasporas: splitList(cells.diasporas),
    organizers: splitList(cells.organizers),
  };
}

/** The rows of a CSV file (UTF-8, with or without a byte order mark; comma-separated, RFC 4180 quoting). */
export function readCsv(content: string, kind: ImportKind, maxRows: number): ReadRow[] {
  let records: Cells[];
  try {
    records = parse(content, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: false,
      to: maxRows + 1,
    });
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new FileProblem("csvInvalid", { line: typeof lines === "number" ? lines : 0 });
  }
  if (records.length > maxRows) throw new FileProblem("tooManyRows", { max: maxRows });
  if (records.length > 0 && !("slug" in records[0]!)) throw new FileProblem("noSlugColumn");
  return records.map((raw, index) => {
    const cells = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, unneutralise(v).trim()]));
    return { row: index + 2, record: kind === "organization" ? organization(cells) : event(cells) };
  });
}
