// A source as one line of a reference list, in the spirit of the Chicago notes the article itself uses.
export type SourceFields = {
  authors: string | null;
  title: string;
  publication: string | null;
  publisher: string | null;
  place: string | null;
  year: number | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
};

/**
 * The parts of a reference in order, without the closing period (the caller may add a URL or locator first);
 * `italic` marks the title of a standalone work or of the journal or collection that contains it.
 */
export type ReferencePart = { text: string; italic?: boolean };

export function formatReference(s: SourceFields): ReferencePart[] {
  const parts: ReferencePart[] = [];
  if (s.authors) parts.push({ text: `${s.authors}, ` });
  const imprint = [s.place, s.publisher].filter(Boolean).join(": ");
  if (s.publication) {
    parts.push({ text: `“${s.title},” ` });
    parts.push({ text: s.publication, italic: true });
    const numbering = [s.volume, s.issue ? `no. ${s.issue}` : null].filter(Boolean).join(", ");
    if (numbering) parts.push({ text: ` ${numbering}` });
    const published = [imprint, s.year].filter(Boolean).join(", ");
    if (published) parts.push({ text: ` (${published})` });
    if (s.pages) parts.push({ text: `: ${s.pages}` });
  } else {
    parts.push({ text: s.title, italic: !s.title.startsWith("[") });
    const published = [imprint, s.year].filter(Boolean).join(", ");
    if (published) parts.push({ text: ` (${published})` });
    if (s.pages) parts.push({ text: `, ${s.pages}` });
  }
  return parts;
}
