// Which of a field's choices match what was typed in its combobox (components/ui/combobox.tsx): compared as search
// skeletons, so "germ", "Герм" and "DE" all find Germany and "ozbek" finds Oʻzbekiston; the best matches first.
import { searchSkeleton } from "./normalize";

export type ComboboxChoice = {
  value: string;
  label: string;
  /** How many results choosing it gives (a filter's facet count). */
  count?: number;
  /** The label's language when it is not the page's. */
  lang?: string;
  /** Other names it is found by (the English name on a Russian page, an ISO code). */
  keywords?: string;
};

/** Letters typed before a combobox asks the server for choices it does not list (fewer find too much). */
export const LOOKUP_MIN_LETTERS = 2;

/** Whether what was typed is long enough to look up: at least LOOKUP_MIN_LETTERS letters or digits. */
export function isLookupText(typed: string): boolean {
  return searchSkeleton(typed).replace(/\s/g, "").length >= LOOKUP_MIN_LETTERS;
}

type Prepared = { choice: ComboboxChoice; label: string; all: string };

/** Skeletons computed once per list, not once per keystroke. */
export function prepareChoices(choices: readonly ComboboxChoice[]): Prepared[] {
  return choices.map((choice) => ({
    choice,
    label: searchSkeleton(choice.label),
    all: ` ${searchSkeleton([choice.label, choice.value, choice.keywords ?? ""].join(" "))}`,
  }));
}

/**
 * The choices whose label, value or keywords contain what was typed, in three ranks (the label starts with it,
 * a word starts with it, it is inside a word), each rank in the list's own order. Nothing typed: every choice.
 */
export function matchChoices(prepared: readonly Prepared[], typed: string): ComboboxChoice[] {
  const query = searchSkeleton(typed);
  if (!query) return prepared.map((p) => p.choice);
  const ranks: ComboboxChoice[][] = [[], [], []];
  for (const p of prepared) {
    if (p.label.startsWith(query)) ranks[0]!.push(p.choice);
    else if (p.all.includes(` ${query}`)) ranks[1]!.push(p.choice);
    else if (p.all.includes(query)) ranks[2]!.push(p.choice);
  }
  return ranks.flat();
}

/**
 * The facet values (cities) whose names hold what was typed, best match first, at most `limit`: a city filter's
 * lookup over the facet's whole list (the page has it cached), of which the filter shows only the largest.
 */
export function matchFacetValues<Value extends { value: string; count: number }>(
  values: readonly Value[],
  typed: string,
  limit: number,
): Value[] {
  const byValue = new Map(values.map((v) => [v.value, v]));
  return matchChoices(prepareChoices(values.map((v) => ({ value: v.value, label: v.value }))), typed)
    .slice(0, limit)
    .map((c) => byValue.get(c.value)!);
}

/**
 * The `limit` largest of a facet's values (they come largest first), and the chosen one (any case) wherever it
 * stands: what a filter lists; the rest are found by typing (matchFacetValues).
 */
export function listedFacetValues<Value extends { value: string }>(
  values: readonly Value[],
  limit: number,
  chosen: string | undefined,
): Value[] {
  const listed = values.slice(0, limit);
  const wanted = chosen?.toLowerCase();
  const beyond = wanted ? values.slice(limit).find((v) => v.value.toLowerCase() === wanted) : undefined;
  return beyond ? [...listed, beyond] : listed;
}
