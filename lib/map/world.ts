import "server-only";
// The world map's geometry: Natural Earth 1:110m countries (world-atlas), Equal Earth projection, computed
// once per server process. Borders follow international recognition: see docs/decisions/0013-map.md.
import { geoCentroid, geoContains, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from "geojson";
import countries110m from "world-atlas/countries-110m.json";
import { numericToAlpha2 } from "./country-ids";
import { CompactPathContext } from "./svg-path";
import type { MapView } from "./world-views";

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
  /** The globe's outline (the sea). */
  sphere: string;
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
    if (g === ukraine)
      return { type: "Feature", geometry: merge(topology, [ukraine, crimea]), properties: { code: "UA" } };
    return toFeature(g);
  });
}

export { MAP_VIEWS, type MapView } from "./world-views";

/** The region view's frame: from Portugal to western China, from the Persian Gulf to the White Sea. */
const REGION = { west: -10, east: 95, south: 30, north: 70, center: 42 };

const cached = new Map<MapView, WorldGeometry>();

/** The projected map for a view: one compact SVG path per visible country, and the projection for city points. */
export function worldGeometry(view: MapView = "world"): WorldGeometry {
  const known = cached.get(view);
  if (known) return known;
  const features = countryFeatures();
  const collection = { type: "FeatureCollection" as const, features };
  const projection = view === "world" ? worldProjection(collection) : regionProjection();
  const height = Math.round(projection.clipExtent()![1][1]);
  const context = new CompactPathContext();
  const path = geoPath(projection, context);
  const countries: CountryShape[] = [];
  for (const f of features) {
    path(f);
    const d = context.result();
    if (!d) continue; // outside the view
    const [x, y] = projection(geoCentroid(f)) ?? [0, 0];
    countries.push({ code: f.properties.code, d, x, y });
  }
  path({ type: "Sphere" });
  const sphere = context.result();
  const geometry: WorldGeometry = {
    width: MAP_WIDTH,
    height,
    sphere,
    countries,
    project: (lon, lat) => {
      const point = projection([lon, lat]);
      return point && point[0] >= 0 && point[0] <= MAP_WIDTH && point[1] >= 0 && point[1] <= height ? point : null;
    },
  };
  cached.set(view, geometry);
  return geometry;
}

function worldProjection(collection: FeatureCollection): GeoProjection {
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  const [tx, ty] = projection.translate();
  return projection.translate([tx, ty - top]).clipExtent([
    [0, 0],
    [MAP_WIDTH, Math.ceil(bottom - top)],
  ]);
}

function regionProjection(): GeoProjection {
  const { west, east, south, north, center } = REGION;
  // The frame's outline, densely sampled so that its curved edges are fitted, not only its corners.
  const outline: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 1) outline.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 1) outline.push([west, lat], [east, lat]);
  const frame = { type: "MultiPoint" as const, coordinates: outline };
  const projection = geoEqualEarth().rotate([-center, 0]).fitWidth(MAP_WIDTH, frame);
  const [[, top], [, bottom]] = geoPath(projection).bounds(frame);
  const [tx, ty] = projection.translate();
  return projection.translate([tx, ty - top]).clipExtent([
    [0, 0],
    [MAP_WIDTH, Math.ceil(bottom - top)],
  ]);
}
