// What the duplicate warning shows about an existing organization (plain data, safe for client components).
import type { LocalizedText } from "@/lib/i18n/localized";

export type SimilarOrganization = {
  slug: string;
  /** Its name in the page's language or the nearest fallback (lib/i18n/localized.ts). */
  name: LocalizedText | null;
  /** Host countries, named in the page's language, sorted by name. */
  countries: { code: string; name: string }[];
  /** The typed name that found it (its form field, e.g. "name.ru" or "acronym", and text) and the stored name it is close to. */
  matched: { field: string; typed: string; existing: string };
  /** pg_trgm similarity of the closest pair of names (1 for an identical name or acronym). */
  score: number;
};
