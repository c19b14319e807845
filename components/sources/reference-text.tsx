import { formatReference, type SourceFields } from "@/lib/sources/format-source";

type Props = { source: SourceFields & { url: string | null }; /** "accessed 1 March 2024", already in the page's language. */ accessed: string | null };

/** A source as a reference list prints it, without the closing period: the reference, its web address, when accessed. */
export function ReferenceText({ source, accessed }: Props) {
  return (
    <>
      {formatReference(source).map((part, i) => (part.italic ? <i key={i}>{part.text}</i> : <span key={i}>{part.text}</span>))}
      {source.url ? (
        <>
          {", "}
          <a href={source.url} className="break-all text-blue-800 underline" rel="noopener noreferrer">
            {source.url}
          </a>
        </>
      ) : null}
      {accessed ? ` (${accessed})` : null}
    </>
  );
}
