import { getFormatter } from "next-intl/server";
import { CitationRefs } from "@/components/sources/citation-refs";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { LocalizedText } from "@/lib/i18n/localized";

export type PresenceRow = {
  key: string;
  /** The first cell: a host country (diaspora page) or a diaspora (country page), usually a link. */
  subject: React.ReactNode;
  population: number | null;
  year: number | null;
  note: LocalizedText | null;
  /** What the presence is inferred from, shown as "inferred from: …" before the note. */
  inferredFrom: LocalizedText | null;
  sourceNumber: number | null;
};

type Headers = Record<
  "subject" | "population" | "year" | "note" | "source" | "populationUnknown" | "inferredFrom",
  string
>;
type Props = { rows: PresenceRow[]; headers: Headers; labelledBy: string; locale: string };

const cell = "border-t border-stone-200 px-3 py-2 align-top";

/** Population estimates with their year, qualifier and numbered source. */
export async function PresenceTable({ rows, headers, labelledBy, locale }: Props) {
  const format = await getFormatter();
  return (
    <div
      role="group"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="mt-3 relative overflow-x-auto rounded-lg border border-stone-300 bg-white"
    >
      <table className="w-full text-left">
        <thead className="bg-stone-100 text-sm text-stone-800">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {headers.subject}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {headers.population}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {headers.year}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {headers.note}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {headers.source}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className={`${cell} font-medium`}>
                {r.subject}
              </th>
              <td className={`${cell} text-right tabular-nums`}>
                {r.population !== null ? (
                  format.number(r.population)
                ) : (
                  <span className="text-sm text-stone-600">{headers.populationUnknown}</span>
                )}
              </td>
              <td className={`${cell} text-right tabular-nums`}>{r.year !== null ? String(r.year) : ""}</td>
              <td className={`${cell} min-w-64 text-sm`}>
                {r.inferredFrom ? (
                  <p data-inferred-from="">
                    <span className="font-medium text-amber-900">{headers.inferredFrom}</span>{" "}
                    <LocalizedTextView text={r.inferredFrom} pageLocale={locale} />
                  </p>
                ) : null}
                {r.note ? <LocalizedTextView text={r.note} pageLocale={locale} /> : null}
              </td>
              <td className={cell}>{r.sourceNumber !== null ? <CitationRefs numbers={[r.sourceNumber]} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
