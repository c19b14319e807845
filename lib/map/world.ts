import "server-only";
// The world map's geometry: Natural Earth 1:110m countries (world-atlas), Equal Earth projection, computed
// once per server process. Borders follow international recognition: see docs/decisions/0012-map.md.
import { geoCentroid, geoContains, geoEqualEarth, geoPath } from "d3-geo";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from "geojson";
import countries110m from "world-atlas/countries-110m.json";
import { numericToAlpha2 } from "./country-ids";
import { CompactPathContext } from "./svg-path";

/** Width of the drawing in SVG units: twice the usual display size, so integer coordinates keep half-pixel precision. */
export const MAP_WIDTH = 1920;

export type CountryFeature = Feature<GeoPolygon | GeoMultiPolygon, { code: string | null }>;

export type CountryShape = {
  /** ISO 3166-1 alpha-2; null for territories without an assigned code (Kosovo, Somaliland, N. Cyprus). */
  code: string | null;
  d: string;
  /** Projected centroid: orders the countries' links west to east. */
  x: number;
  y: number;
};

export type WorldGeometry = {
  width: number;
  height: number;
  countries: CountryShape[];
  /** Canvas position of a point, or null where the projection cannot place it. */
  project: (lon: number, lat: number) => [number, number] | null;
};

type TopoCountry = (Polygon | MultiPolygon) & { id?: string };

/** Natural Earth 4.1 (world-atlas 2.0.2) draws Crimea as Russian; it is Ukraine (UN GA resolution 68/262). */
export const SIMFEROPOL: [number, number] = [34.1, 44.95];

/** Every country as a GeoJSON feature with its alpha-2 code, Crimea in Ukraine, Antarctica left out. */
export function countryFeatures(topology: Topology = countries110m as unknown as Topology): CountryFeature[] {
  const collection = topology.objects.countries as GeometryCollection;
  const all = collection.geometries.filter((g): g is TopoCountry => g.type === "Polygon" || g.type === "MultiPolygon");
  const kept = all.filter((g) => numericToAlpha2(g.id) !== "AQ");
  const toFeature = (g: TopoCountry | Polygon): CountryFeature => {
    const f = feature(topology, g) as Feature<GeoPolygon | GeoMultiPolygon>;
    return { type: "Feature", geometry: f.geometry, properties: { code: numericToAlpha2((g as TopoCountry).id) } };
  };
  const russia = kept.find((g) => numericToAlpha2(g.id) === "RU");
  const ukraine = kept.find((g) => numericToAlpha2(g.id) === "UA");
  const crimeaIndex =
    russia?.type === "MultiPolygon"
      ? russia.arcs.findIndex((arcs) => geoContains(toFeature({ type: "Polygon", arcs }), SIMFEROPOL))
      : -1;
  if (!russia || !ukraine || russia.type !== "MultiPolygon" || crimeaIndex === -1) return kept.map(toFeature);
  const crimea: Polygon = { type: "Polygon", arcs: russia.arcs[crimeaIndex]! };
  return kept.map((g) => {
    if (g === russia) return toFeature({ ...russia, arcs: russia.arcs.filter((_, i) => i !== crimeaIndex) });
    // merge() dissolves the shared arcs, so no border is drawn across the Perekop isthmus.
    if (g === ukraine) return { type: "Feature", geometry: merge(topology, [ukraine, crimea]), properties: { code: "UA" } };
    return toFeature(g);
  });
}

let cached: WorldGeometry | undefined;

/** The projected world: one compact SVG path per country, and the projection for city points. */
export function worldGeometry(): WorldGeometry {
  if (cached) return cached;
  const features = countryFeatures();
  const collection = { type: "FeatureCollection" as const, features };
  const sized = geoEqualEarth().fitWidth(MAP_WIDTH, collection);
  const [[, top], [, bottom]] = geoPath(sized).bounds(collection);
  const height = Math.ceil(bottom - top);
  const projection = sized.translate([sized.translate()[0], sized.translate()[1] - top]);
  const context = new CompactPathContext();
  const path = geoPath(projection, context);
  const countries = features.map((f) => {
    path(f);
    const [x, y] = projection(geoCentroid(f)) ?? [0, 0];
    return { code: f.properties.code, d: context.result(), x, y };
  });
  cached = { width: MAP_WIDTH, height, countries, project: (lon, lat) => projection([lon, lat]) };
  return cached;
}
