// What a filtered list shows, said twice: a heading ("Armenian diaspora · Germany — 3 organizations") and one chip per
// active filter, each a link to the list without it. Works without JavaScript; the chips are links, not buttons.
import type { ComponentProps } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export type ActiveFilter = {
  /** The filter's name in the form ("Host country"). */
  label: string;
  /** Its value as a reader says it ("Germany"). */
  value: string;
  /** The list without this filter. */
  href: ComponentProps<typeof Link>["href"];
};

/**
 * The results heading: the count alone, or the filters' values before it. Values, not a sentence: "Armenian diaspora
 * in Germany" would need each language's cases of every country and diaspora name ("в Германии").
 */
export async function filteredHeading(filters: readonly ActiveFilter[], total: string): Promise<string> {
  if (filters.length === 0) return total;
  const t = await getTranslations("Filters");
  return t("heading", { filters: filters.map((f) => f.value).join(" · "), total });
}

export async function ActiveFilters({ filters }: { filters: readonly ActiveFilter[] }) {
  if (filters.length === 0) return null;
  const t = await getTranslations("Filters");
  return (
    // A group of links rather than a list, so that "the list's links" stay the results' own.
    <div role="group" aria-label={t("active")} className="mt-3 flex flex-wrap gap-2">
      {filters.map((f) => {
        const text = t("chip", { label: f.label, value: f.value });
        return (
          <Link
            key={f.label}
            href={f.href}
            aria-label={t("remove", { filter: text })}
            className="inline-flex max-w-full items-center gap-2 rounded-full border border-stone-400 bg-stone-50 px-3 py-1 text-sm text-stone-900 hover:border-stone-600 hover:bg-stone-100"
          >
            <span className="truncate">{text}</span>
            <span aria-hidden="true" className="text-base leading-none text-stone-600">
              ×
            </span>
          </Link>
        );
      })}
    </div>
  );
}
