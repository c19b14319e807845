import type { LocalizedText } from "@/lib/i18n/localized";
import type { OrganizationFilters } from "@/lib/organizations/filters";
import type { FacetValue } from "@/lib/organizations/organization-facets";

/**
 * The filters the map applies: the organization list's own, limited to diaspora and type, and its category (diaspora
 * organizations unless ?category=RELATED_INSTITUTION), so the map counts what the list it links to shows.
 */
export type MapFilters = Pick<OrganizationFilters, "category" | "diaspora" | "type">;

export type MapCountry = {
  code: string;
  name: string;
  /** Organizations with this host country (one organization may have several). */
  count: number;
  /** False for countries too small for the 1:110m map (Andorra, Singapore…): in the table only. */
  drawn: boolean;
};

export type MapCity = {
  /** The gazetteer's place (GeoNames id). */
  id: number;
  /** The city as our data names it, in the page's language where held. */
  name: LocalizedText;
  /** The gazetteer's name, for the record. */
  placeName: string;
  country: string;
  countryName: string;
  count: number;
  /** Position on the map's canvas; null when the city lies outside the view. */
  point: [number, number] | null;
};

/** A city name the gazetteer could not place. */
export type UnplacedCity = { name: LocalizedText; countries: string[]; count: number };

export type MapData = {
  /** Organizations matching the filters, and how many of them have no host country (not on the map). */
  total: number;
  withoutCountry: number;
  countries: MapCountry[];
  cities: MapCity[];
  unplaced: UnplacedCity[];
  /** Options of the map's filter form, with counts. */
  options: { diaspora: FacetValue[]; type: FacetValue[] };
};
