import { getTranslations } from "next-intl/server";
import type { Citation } from "@/lib/sources/citation";

/** The numbers of the sources that back any of the given facts. */
export function citationsFor(citations: Citation[], ...facts: string[]): number[] {
  return citations.filter((c) => c.facts.some((f) => facts.includes(f))).map((c) => c.number);
}

export async function CitationRefs({ numbers }: { numbers: number[] }) {
  if (numbers.length === 0) return null;
  const t = await getTranslations("Organization");
  // Each reference is a 24 px target (WCAG 2.5.8; Lighthouse's target-size audit), as next to a link it is too
  // close to tap otherwise.
  return (
    <sup className="ml-1 whitespace-nowrap">
      {numbers.map((n) => (
        <a
          key={n}
          href={`#source-${n}`}
          aria-label={t("citeRef", { number: n })}
          className="inline-block min-h-6 min-w-6 text-center text-blue-800 hover:underline"
        >
          [{n}]
        </a>
      ))}
    </sup>
  );
}
