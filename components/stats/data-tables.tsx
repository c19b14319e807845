import { PRESENCE_MEASURES } from "@/lib/stats/types";
import type { PresenceDatum } from "./presence-chart";

const th = "px-3 py-2 font-medium";
const td = "whitespace-nowrap border-t border-stone-200 px-3 py-1.5 text-right tabular-nums";
const rowTh = "border-t border-stone-200 px-3 py-1.5 text-left font-normal";

type Formats = { count: (n: number) => string; percent: (n: number, total: number) => string };

type CountTableProps = {
  caption: string;
  keyHeader: string;
  unitHeader: string;
  shareHeader: string;
  totalLabel: string;
  rows: { label: string; count: number; notRecorded?: boolean }[];
  total: number;
  formats: Formats;
};

/** The chart's numbers as a table: one row per bar, in the chart's order, and the total the shares are of. */
export function CountTable({
  caption,
  keyHeader,
  unitHeader,
  shareHeader,
  totalLabel,
  rows,
  total,
  formats,
}: CountTableProps) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-stone-100 text-stone-800">
        <tr>
          <th scope="col" className={`${th} text-left`}>
            {keyHeader}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {unitHeader}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {shareHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className={r.notRecorded ? "italic text-stone-700" : undefined}>
            <th scope="row" className={rowTh}>
              {r.label}
            </th>
            <td className={td}>{formats.count(r.count)}</td>
            <td className={td}>{formats.percent(r.count, total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row" className={`${rowTh} border-stone-400 font-semibold`}>
            {totalLabel}
          </th>
          <td className={`${td} border-stone-400`}>{formats.count(total)}</td>
          <td className={`${td} border-stone-400`} />
        </tr>
      </tfoot>
    </table>
  );
}

type PresenceTableProps = {
  caption: string;
  groupHeader: string;
  organizationsHeader: string;
  measureNames: Record<(typeof PRESENCE_MEASURES)[number], string>;
  rows: (PresenceDatum & { notRecorded?: boolean })[];
  formats: Formats;
};

/** Counts and shares per group; the organizations column is every share's denominator. */
export function PresenceTable({
  caption,
  groupHeader,
  organizationsHeader,
  measureNames,
  rows,
  formats,
}: PresenceTableProps) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-stone-100 text-stone-800">
        <tr>
          <th scope="col" className={`${th} text-left`}>
            {groupHeader}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {organizationsHeader}
          </th>
          {PRESENCE_MEASURES.map((m) => (
            <th key={m} scope="col" className={`${th} text-right`}>
              {measureNames[m]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.label}
            className={r.overall ? "bg-stone-50 font-semibold" : r.notRecorded ? "italic text-stone-700" : undefined}
          >
            <th scope="row" className={`${rowTh} ${r.overall ? "font-semibold" : ""}`}>
              {r.label}
            </th>
            <td className={td}>{formats.count(r.organizations)}</td>
            {PRESENCE_MEASURES.map((m) => (
              <td key={m} className={td}>
                {formats.count(r[m])} <span className="text-stone-600">({formats.percent(r[m], r.organizations)})</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
