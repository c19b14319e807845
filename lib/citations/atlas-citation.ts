// How to cite the atlas as a whole (the About page): APA 7 for a continuously updated database — no date, a
// retrieval date, the permanent address — GOST R 7.0.100-2018 for a site, and BibTeX (@misc with biblatex's
// url/urldate). Pure.
import { bibtexEntry } from "./bibtex";
import { longDate } from "./format";
import { gostSite } from "./gost";
import type { CitationPart } from "./types";

export type AtlasCitationInput = {
  siteName: string;
  /** The atlas's permanent address (its home page). */
  url: string;
  /** YYYY-MM-DD. */
  accessed: string;
  /** The language the citation is written in (BCP-47), for the date. */
  locale: string;
  /** APA's bracketed description, e.g. "Data set". */
  description: string;
  /** APA's "n.d." in the citation's language. */
  noDate: string;
  retrieved: (date: string, url: string) => string;
  license: string;
};

export function atlasCitation(input: AtlasCitationInput): { apa: CitationPart[]; gost: string; bibtex: string } {
  const name = input.siteName.replace(/\.$/, "");
  const apa: CitationPart[] = [
    { text: `${name}. (${input.noDate}). ` },
    { text: name, italic: true },
    { text: ` [${input.description}]. ${input.retrieved(longDate(input.accessed, input.locale), input.url)}` },
  ];
  const bibtex = bibtexEntry("misc", "diaspora-atlas", [
    ["author", name, "protected"],
    ["title", name, "protected"],
    ["howpublished", input.description],
    ["url", input.url, "verbatim"],
    ["urldate", input.accessed],
    ["note", input.license],
  ]);
  return { apa, gost: gostSite(name, input.url, input.accessed), bibtex };
}
