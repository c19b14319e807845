import type { Citation } from "@/lib/sources/citation";
import { CitationRefs, citationsFor } from "./citation-refs";

/** One fact of a profile: its label, its value, and the field names whose sources back it. */
export type FactRow = { label: string; facts: string[]; value: React.ReactNode; show: boolean };

/** A profile's facts as a definition list, each followed by the numbers of the sources that back it. */
export function FactTable({ rows, citations }: { rows: FactRow[]; citations: Citation[] }) {
  return (
    <dl className="mt-8 grid gap-x-6 gap-y-3 rounded-lg border border-stone-300 bg-white p-4 sm:grid-cols-[12rem_1fr]">
      {rows
        .filter((r) => r.show)
        .map((r) => (
          <div key={r.label} className="contents">
            <dt className="font-medium text-stone-700">{r.label}</dt>
            <dd>
              {r.value}
              <CitationRefs numbers={citationsFor(citations, ...r.facts)} />
            </dd>
          </div>
        ))}
    </dl>
  );
}
