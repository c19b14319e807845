import type { TextProvenance } from "@/lib/sources/text-provenance";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { OrganizationSummary } from "@/lib/organizations/types";
import type { Citation } from "@/lib/sources/citation";

/** A row of the diaspora list. */
export type DiasporaListItem = {
  slug: string;
  name: LocalizedText | null;
  /** National language(s), BCP-47, most used first. */
  languages: string[];
  originCountry: string | null;
  organizations: number;
  /** Countries with a recorded presence (DiasporaPresence). */
  hostCountries: number;
};

/** An event linked from a diaspora or country page. */
export type EventRef = {
  slug: string;
  title: LocalizedText | null;
  startDate: string | null;
  datePrecision: "DAY" | "MONTH" | "YEAR";
  countryCode: string | null;
};

/** A population estimate (or bare presence) of a diaspora in a country, with the number of its source. */
export type PresenceFigure = {
  countryCode: string;
  population: number | null;
  year: number | null;
  /** The qualifier ("over 600,000") in the page's language or a fallback. */
  note: LocalizedText | null;
  /** What the presence is inferred from, when the source does not state it; null when it does. */
  inferredFrom: LocalizedText | null;
  /** Number in the page's source list, or null when the figure has no source. */
  sourceNumber: number | null;
};

export type DiasporaProfile = {
  slug: string;
  name: LocalizedText | null;
  description: LocalizedText | null;
  /** The name in every language we hold, national languages first. */
  /** Each name with where it comes from (decision 0024). */
  names: { locale: string; value: string; provenance: TextProvenance | null }[];
  languages: string[];
  originCountry: string | null;
  presences: PresenceFigure[];
  organizations: OrganizationSummary[];
  events: EventRef[];
  citations: Citation[];
  updatedAt: string;
};
