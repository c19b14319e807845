// The events directory's query parameters. Bad values are dropped and reported, never fatal; letter case is not a
// mistake (`?country=de`, `?diaspora=Armenian`, `?type=concert`, `?when=Past` mean their canonical spelling).
import { z } from "zod";
import { isCountryCode } from "@/lib/countries/iso-3166";
import { EventType } from "@/lib/db/generated/enums";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { firstValue, isoDateParam, monthParam, pageNumber, type SearchParams } from "@/lib/validation/query";
import { hasInvisible } from "@/lib/validation/text";

export const EVENT_WHENS = ["upcoming", "past", "all"] as const;
export type EventWhen = (typeof EVENT_WHENS)[number];
export const EVENT_VIEWS = ["list", "calendar"] as const;
export type EventView = (typeof EVENT_VIEWS)[number];

export type EventFilters = {
  /**
   * Text search. Parsed here so that links keep it; the search module turns it into ranked ids
   * (`matchedIds` in listEvents and its siblings). This module does no text matching itself.
   */
  q?: string;
  /** Only events whose known period reaches this day or later (YYYY-MM-DD). */
  from?: string;
  /** Only events that begin on or before this day (YYYY-MM-DD). */
  to?: string;
  country?: string;
  city?: string;
  diaspora?: string;
  type?: EventType;
  organization?: string;
};

export type EventParam = keyof EventFilters | "when" | "view" | "month";

export type ParsedEventQuery = {
  filters: EventFilters;
  when: EventWhen;
  view: EventView;
  /** YYYY-MM for the calendar; undefined means the current month. */
  month?: string;
  page: number;
  /** Parameters that were present but not understood, by name. */
  ignored: EventParam[];
};

// Control characters never name a city or a search; a NUL byte would even fail the database query.
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasInvisible(value));
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(100);
const rules = {
  q: text(MAX_QUERY_LENGTH),
  from: isoDateParam,
  to: isoDateParam,
  country: z.string().trim().toUpperCase().refine(isCountryCode),
  city: text(100),
  diaspora: slug,
  type: z.string().trim().toUpperCase().pipe(z.enum(EventType)),
  organization: slug,
} satisfies { [K in keyof EventFilters]-?: z.ZodType<EventFilters[K]> };

/** A parameter's value by its rule; undefined when absent or empty, `false` when present but not understood. */
function read<T>(params: SearchParams, key: string, rule: z.ZodType<T>): T | undefined | false {
  const raw = firstValue(params[key]);
  if (raw === undefined || raw.trim() === "") return undefined;
  const parsed = rule.safeParse(raw);
  return parsed.success ? parsed.data : false;
}

export function parseEventQuery(params: SearchParams): ParsedEventQuery {
  const filters: EventFilters = {};
  const ignored: EventParam[] = [];
  for (const key of Object.keys(rules) as (keyof EventFilters)[]) {
    const value = read(params, key, rules[key] as z.ZodType<string>);
    if (value === false) ignored.push(key);
    else if (value !== undefined) (filters as Record<string, string>)[key] = value;
  }
  // An end before the start would match nothing: keep the start and say the end was ignored.
  if (filters.from && filters.to && filters.to < filters.from) {
    delete filters.to;
    ignored.push("to");
  }
  const when = read(params, "when", z.string().trim().toLowerCase().pipe(z.enum(EVENT_WHENS)));
  const view = read(params, "view", z.string().trim().toLowerCase().pipe(z.enum(EVENT_VIEWS)));
  const month = read(params, "month", monthParam);
  if (when === false) ignored.push("when");
  if (view === false) ignored.push("view");
  if (month === false) ignored.push("month");
  return {
    filters,
    when: when || "upcoming",
    view: view || "list",
    ...(month ? { month } : {}),
    page: pageNumber(params.page),
    ignored,
  };
}

/** The filters as query parameters, for links that keep them (view switch, months, pages). */
export function filtersToQuery(filters: EventFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (value) query[key] = String(value);
  return query;
}

/** The query for one view of the events directory; defaults are left out of the address. */
export function eventsQuery(
  filters: EventFilters,
  options: { when?: EventWhen; view?: EventView; month?: string } = {},
): Record<string, string> {
  const query = filtersToQuery(filters);
  if (options.view === "calendar") {
    query.view = "calendar";
    if (options.month) query.month = options.month;
  } else if (options.when && options.when !== "upcoming") {
    query.when = options.when;
  }
  return query;
}
