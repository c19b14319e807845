// Pages echo their query string many times over (the search box, every language link, filter and page links, and
// Next's own router state): 14 KB of search text once came back as 341 KB of page. No filter needs that much, so a
// page address is bounded before it is rendered: the search text is cut to what the search uses, and any other
// value too long to be a filter is dropped (the lists would ignore it anyway).
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

/** No filter value (a city, a slug, a date, a `next` path) comes near this. */
export const MAX_PARAMETER_LENGTH = 1000;
/** Nor does any page take more parameters than this. */
export const MAX_PARAMETERS = 30;

/** Added to the search page's bounded address when the search text was cut, so the page can say so. */
export const CUT_MARKER = "cut";

/**
 * The query bounded, or null when it already is. Lengths count characters (code points), not UTF-16 units.
 * `markCut`: add CUT_MARKER=1 when the search text was cut (the search page's notice).
 */
export function boundedQuery(search: URLSearchParams, markCut = false): URLSearchParams | null {
  let changed = false;
  const bounded = new URLSearchParams();
  for (const [key, value] of search) {
    const length = [...value].length;
    if (
      bounded.size >= MAX_PARAMETERS ||
      [...key].length > MAX_PARAMETER_LENGTH ||
      (key !== "q" && length > MAX_PARAMETER_LENGTH)
    ) {
      changed = true;
      continue;
    }
    if (key === "q" && length > MAX_QUERY_LENGTH) {
      bounded.append(key, [...value].slice(0, MAX_QUERY_LENGTH).join(""));
      if (markCut && !bounded.has(CUT_MARKER)) bounded.append(CUT_MARKER, "1");
      changed = true;
      continue;
    }
    bounded.append(key, value);
  }
  return changed ? bounded : null;
}
