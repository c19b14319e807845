import "server-only";
import { todayIso } from "@/lib/events/event-period";
import { monthScope, whenScope } from "@/lib/events/filter-sql";
import { eventsQuery, parseEventQuery } from "@/lib/events/filters";
import { MAX_MATCH_LIMIT, matchEventIds } from "@/lib/search/match";
import { siteUrl } from "@/lib/seo/site-url";
import { BOM, csvLine } from "./csv";
import { eventCells, eventColumns } from "./csv-columns";
import {
  badParameter,
  downloadResponse,
  EXPORT_FORMATS,
  exportFileName,
  jsonItems,
  readFormat,
  searchParamsObject,
} from "./download";
import { eventBatches, eventLocales, type EventSelection } from "./event-batches";
import { eventItem, jsonHead } from "./json-items";

async function* csv(selection: EventSelection, link: (slug: string) => string): AsyncGenerator<string> {
  const locales = await eventLocales(selection);
  yield BOM + csvLine(eventColumns(locales));
  for await (const batch of eventBatches(selection))
    yield batch.map((r) => csvLine(eventCells(r, locales, link(r.slug)))).join("");
}

async function* json(
  selection: EventSelection,
  link: (slug: string) => string,
  meta: Parameters<typeof jsonHead>[1],
): AsyncGenerator<string> {
  yield jsonHead("events", meta);
  yield* jsonItems(eventBatches(selection), (r) => eventItem(r, link(r.slug)));
  yield "]}\n";
}

/**
 * The events list's current selection (its filters and view: upcoming, past, all, or the calendar's month) as a
 * streamed CSV or JSON download, in address order.
 */
export async function eventExport(params: URLSearchParams, locale: string, today = todayIso()): Promise<Response> {
  const format = readFormat(params, EXPORT_FORMATS.events);
  if (!format) return badParameter("format", EXPORT_FORMATS.events);
  const { filters, when, view, month } = parseEventQuery(searchParamsObject(params));
  const scope = view === "calendar" ? monthScope(month ?? today.slice(0, 7)) : whenScope(when, today);
  const matchedIds = filters.q ? await matchEventIds(filters.q, MAX_MATCH_LIMIT) : null;
  const selection = { filters, scope, matchedIds };
  const site = siteUrl();
  const link = (slug: string) => `${site}/${locale}/events/${slug}`;
  const meta = { generated: new Date().toISOString(), locale, filters: eventsQuery(filters, { when, view, month }) };
  const body = format === "csv" ? csv(selection, link) : json(selection, link, meta);
  return downloadResponse(body, format, exportFileName("events", format));
}
