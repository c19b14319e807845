// Pure: used by the presence kind and its unit tests.
import type { LocalizedText } from "@/lib/i18n/localized";
import type { DiffLabels } from "@/lib/curation/diff";
import type { PresenceSnapshot } from "./schema";

const same = (value: string) => value;

/** A population figure as field → displayed value, for diffs. */
export function flattenPresence(snapshot: PresenceSnapshot, labels: DiffLabels): Map<string, string> {
  const { diaspora = same, country = same, source = same } = labels;
  const out = new Map<string, string>();
  out.set("diasporaId", diaspora(snapshot.diasporaId));
  out.set("hostCountry", country(snapshot.countryCode));
  out.set("population", snapshot.population === null ? "" : String(snapshot.population));
  out.set("year", snapshot.year === null ? "" : String(snapshot.year));
  for (const [locale, text] of Object.entries(snapshot.note)) out.set(`note.${locale}`, text);
  for (const [locale, text] of Object.entries(snapshot.inferredFrom ?? {})) out.set(`inferredFrom.${locale}`, text);
  out.set("sourceId", snapshot.sourceId ? source(snapshot.sourceId) : "");
  out.set("locator", snapshot.locator ?? "");
  return out;
}

/** "Armenian diaspora — France, 2020": the diaspora and the country by name in the reader's language. */
export function presenceTitle(snapshot: PresenceSnapshot, locale: string, names: DiffLabels): LocalizedText {
  const { diaspora = same, country = same } = names;
  const where = `${diaspora(snapshot.diasporaId)} — ${country(snapshot.countryCode)}`;
  return { value: snapshot.year === null ? where : `${where}, ${snapshot.year}`, locale, isFallback: false };
}

/** Stable and readable without a database: "FR 2020" (the diaspora is the entry's scope, shown beside it). */
export const presenceKey = (snapshot: PresenceSnapshot) => `${snapshot.countryCode} ${snapshot.year ?? "—"}`;
