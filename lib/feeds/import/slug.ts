// An address for an imported event from its title: Cyrillic and Turkic letters written in Latin by the search
// module's transliteration (lib/search/normalize.ts), anything else dropped, the year appended; `fallback` when no
// letter is left.
import { transliterate } from "@/lib/search/normalize";

export function slugFromTitle(title: string, start: string | null, fallback = "event"): string {
  const s = transliterate(title);
  // Runs are already one "-": trimming single dashes keeps the regexes linear (`-+$` rescans a run from each dash).
  const words = s
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  const year = start?.slice(0, 4);
  return [words || fallback, year && !words.endsWith(year) ? year : null].filter(Boolean).join("-");
}
