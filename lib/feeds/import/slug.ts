// An address for an imported event from its title: Cyrillic and Turkic letters written in Latin with the search
// module's tables (lib/search/normalize.ts), anything else dropped, the year appended.
import { EXPANSIONS, LETTER_PAIRS } from "@/lib/search/normalize";

const letters = new Map(LETTER_PAIRS.split(" ").map((pair) => [pair[0]!, pair[1]!]));

export function slugFromTitle(title: string, start: string | null): string {
  let s = title
    .normalize("NFC")
    .toLowerCase()
    .replace(/['’‘ʼʻ`´ъь]/g, "");
  for (const [from, to] of EXPANSIONS) s = s.replaceAll(from, to);
  s = [...s].map((c) => letters.get(c) ?? c).join("");
  s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  // Runs are already one "-": trimming single dashes keeps the regexes linear (`-+$` rescans a run from each dash).
  const words = s
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  const year = start?.slice(0, 4);
  return [words || "event", year && !words.endsWith(year) ? year : null].filter(Boolean).join("-");
}
