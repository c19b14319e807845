import { parseOrganizationQuery } from "@/lib/organizations/filters";
import type { SearchParams } from "@/lib/validation/query";
import { firstValue } from "@/lib/validation/query";
import type { MapFilters } from "./types";
import { MAP_VIEWS, type MapView } from "./world-views";

const MAP_KEYS = ["category", "diaspora", "type"] as const;

/** The map's query: the organization list's parser, keeping the diaspora and type filters only; and the view. */
export function parseMapQuery(params: SearchParams): {
  filters: MapFilters;
  view: MapView;
  ignored: (typeof MAP_KEYS)[number][];
} {
  const parsed = parseOrganizationQuery(params);
  const filters: MapFilters = {};
  if (parsed.filters.category) filters.category = parsed.filters.category;
  if (parsed.filters.diaspora) filters.diaspora = parsed.filters.diaspora;
  if (parsed.filters.type) filters.type = parsed.filters.type;
  const ignored = MAP_KEYS.filter((key) => parsed.ignored.includes(key));
  // An unknown view is not worth a warning: the whole world is shown.
  const view = MAP_VIEWS.find((v) => v === firstValue(params.view)) ?? "world";
  return { filters, view, ignored };
}
