import type { EventRef } from "@/lib/diasporas/types";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { OrganizationSummary } from "@/lib/organizations/types";
import type { Citation } from "@/lib/sources/citation";

/** A row of the host-country list. */
export type HostCountryItem = {
  code: string;
  /** The country's name in the page's language (Intl.DisplayNames). */
  name: string;
  /** Diasporas with a recorded presence in the country. */
  diasporas: number;
  organizations: number;
  events: number;
};

/** A diaspora's recorded presence in the country, with the number of its source. */
export type CountryPresence = {
  diaspora: { slug: string; name: LocalizedText | null };
  population: number | null;
  year: number | null;
  note: LocalizedText | null;
  /** What the presence is inferred from, when the source does not state it; null when it does. */
  inferredFrom: LocalizedText | null;
  sourceNumber: number | null;
};

export type HostCountry = {
  code: string;
  name: string;
  /** False for a valid country the atlas holds nothing about yet (its page says so and is not indexed). */
  hasData: boolean;
  presences: CountryPresence[];
  organizations: OrganizationSummary[];
  events: EventRef[];
  /** Sources of the presence figures, numbered. */
  citations: Citation[];
};
