// Placing a city named in our data (in any language, Latin or Cyrillic) on the gazetteer: same host country,
// same Latin skeleton (lib/search/normalize.ts), else one close spelling of a town of some size.
import { searchSkeletons } from "@/lib/search/normalize";

export type Place = { id: number; name: string; country: string; lon: number; lat: number; population: number };
/** One country's places by Latin skeleton; the most populous place keeps a skeleton shared by several. */
export type CountryIndex = Map<string, Place>;

export type CityMatch = { place: Place; exact: boolean };

/** A close spelling only counts for towns at least this big: small villages share too many names. */
export const CLOSE_MATCH_MIN_POPULATION = 10_000;
/** A close spelling of a four-letter name (Киев ~ Kyiv, Bakı ~ Baku) only counts for a city this big. */
export const SHORT_CLOSE_MATCH_MIN_POPULATION = 100_000;

export function addToIndex(index: CountryIndex, place: Place, skeleton: string) {
  const known = index.get(skeleton);
  if (!known || known.population < place.population) index.set(skeleton, place);
}

export function indexPlaces(places: Place[], skeleton: (name: string) => string): Map<string, CountryIndex> {
  const indexes = new Map<string, CountryIndex>();
  for (const place of places) {
    let index = indexes.get(place.country);
    if (!index) indexes.set(place.country, (index = new Map()));
    addToIndex(index, place, skeleton(place.name));
  }
  return indexes;
}

/** Edits allowed between two skeletons: one from 5 letters (4 for a big city), two from 10, none below. */
export function allowedEdits(length: number, population: number): number {
  if (length >= 10) return 2;
  if (length >= 5) return 1;
  return length === 4 && population >= SHORT_CLOSE_MATCH_MIN_POPULATION ? 1 : 0;
}

/**
 * Close spellings compare looser keys: ж is zh in Russian but j in Armenian, Azerbaijani and Georgian
 * romanizations (Дилижан ~ Dilijan).
 */
export function looseKey(skeleton: string): string {
  return skeleton.replaceAll("zh", "j");
}

/**
 * The place for a city given by its names (one per language) in one of its organization's host countries:
 * the most populous exact match, otherwise the nearest close spelling (the most populous on a tie).
 */
export function matchCity(names: string[], countries: string[], indexes: Map<string, CountryIndex>): CityMatch | null {
  const skeletons = [...new Set(names.flatMap((n) => searchSkeletons(n)).filter((s) => s.length > 0))];
  let best: Place | null = null;
  for (const country of countries) {
    const index = indexes.get(country);
    for (const s of skeletons) {
      const place = index?.get(s);
      if (place && (!best || place.population > best.population)) best = place;
    }
  }
  if (best) return { place: best, exact: true };
  let bestDistance = Infinity;
  const loose = [...new Set(skeletons.map(looseKey))];
  for (const country of countries) {
    for (const [skeleton, place] of indexes.get(country) ?? []) {
      if (place.population < CLOSE_MATCH_MIN_POPULATION) continue;
      const key = looseKey(skeleton);
      for (const s of loose) {
        const limit = allowedEdits(Math.max(s.length, key.length), place.population);
        if (limit === 0) continue;
        const d = editDistance(s, key, limit);
        if (d <= limit && (d < bestDistance || (d === bestDistance && place.population > best!.population))) {
          best = place;
          bestDistance = d;
        }
      }
    }
  }
  return best ? { place: best, exact: false } : null;
}

/** Levenshtein distance, or limit + 1 as soon as it must exceed the limit. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Names our own data gives a placed city, by country and skeleton: an organization naming its city "Москва"
 * beside "Moscow" teaches the map where another organization's bare "Москва" is. Only exact matches teach.
 */
export type CityAliases = Map<string, Place>;

export function cityAliases(groups: { names: string[]; match: CityMatch | null }[]): CityAliases {
  const aliases: CityAliases = new Map();
  for (const { names, match } of groups) {
    if (!match?.exact) continue;
    for (const s of names.flatMap((n) => searchSkeletons(n))) {
      const key = `${match.place.country}:${s}`;
      const known = aliases.get(key);
      if (!known || known.population < match.place.population) aliases.set(key, match.place);
    }
  }
  return aliases;
}

export function matchByAlias(names: string[], countries: string[], aliases: CityAliases): CityMatch | null {
  let best: Place | null = null;
  for (const country of countries) {
    for (const s of names.flatMap((n) => searchSkeletons(n))) {
      const place = aliases.get(`${country}:${s}`);
      if (place && (!best || place.population > best.population)) best = place;
    }
  }
  return best ? { place: best, exact: false } : null;
}
