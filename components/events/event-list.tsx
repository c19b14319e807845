import { getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { EventSummary } from "@/lib/events/types";
import { Link } from "@/lib/i18n/navigation";
import { EventFacts } from "./event-facts";

type Group = { key: string; heading: string; items: EventSummary[] };

/** Events under a heading per year, and undated ones under their own heading, in the order given. */
export async function EventList({ items, locale }: { items: EventSummary[]; locale: string }) {
  const t = await getTranslations("Events");
  const groups: Group[] = [];
  for (const event of items) {
    const key = event.startDate?.slice(0, 4) ?? "undated";
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(event);
    else groups.push({ key, heading: key === "undated" ? t("undated") : key, items: [event] });
  }
  return (
    <div className="mt-6 space-y-6">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`events-${group.key}`}>
          <h3 id={`events-${group.key}`} className="text-lg font-semibold text-stone-800">
            {group.heading}
          </h3>
          <EventItems items={group.items} locale={locale} />
        </section>
      ))}
    </div>
  );
}

export function EventItems({ items, locale }: { items: EventSummary[]; locale: string }) {
  return (
    <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
      {items.map((event) => (
        <li key={event.slug} className="px-4 py-3">
          <Link href={`/events/${event.slug}`} className="font-medium text-blue-800 underline-offset-4 hover:underline">
            <LocalizedTextView text={event.title} pageLocale={locale} fallback={event.slug} />
          </Link>
          <p className="mt-1 text-sm text-stone-700">
            <EventFacts event={event} locale={locale} />
          </p>
        </li>
      ))}
    </ul>
  );
}
