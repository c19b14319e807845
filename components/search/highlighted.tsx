import type { Segment } from "@/lib/search/highlight";

/** Text with the matched words in <mark>; React escapes every segment, so no markup from the data survives. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) =>
    s.match ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-950">
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  );
}
