import { doiUrl } from "@/lib/sources/doi";
import { formatReference, type SourceFields } from "@/lib/sources/format-source";

type Props = {
  source: SourceFields & { doi?: string | null; url: string | null; archiveUrl?: string | null };
  /** "accessed 1 March 2024", already in the page's language. */
  accessed: string | null;
  /** The link text of the source's web-archive copy ("archived copy"), in the page's language. */
  archived?: string;
};

const linkClass = "break-all text-blue-800 underline";

/**
 * A source as a reference list prints it, without the closing period: the reference, its DOI as a resolver link
 * (the persistent address, so it comes first), its web address, when accessed.
 */
export function ReferenceText({ source, accessed, archived }: Props) {
  const doi = source.doi ? doiUrl(source.doi) : null;
  return (
    <>
      {formatReference(source).map((part, i) =>
        part.italic ? <i key={i}>{part.text}</i> : <span key={i}>{part.text}</span>,
      )}
      {doi ? (
        <>
          {", "}
          <a href={doi} className={linkClass} rel="noopener noreferrer">
            {doi}
          </a>
        </>
      ) : null}
      {source.url && source.url !== doi ? (
        <>
          {", "}
          <a href={source.url} className={linkClass} rel="noopener noreferrer">
            {source.url}
          </a>
        </>
      ) : null}
      {accessed ? ` (${accessed})` : null}
      {source.archiveUrl && archived ? (
        <>
          {", "}
          <a href={source.archiveUrl} className={linkClass} rel="noopener noreferrer">
            {archived}
          </a>
        </>
      ) : null}
    </>
  );
}
