import { LocalizedTextView } from "@/components/ui/localized-text";
import { parseIso } from "@/lib/events/event-period";
import { Link } from "@/lib/i18n/navigation";
import type { EventSummary } from "@/lib/events/types";

type Day = { date: string; events: EventSummary[] };

/**
 * Phones get the month as a list of its days with events, in order: a seven-column grid leaves a day a few
 * letters wide. CSS picks the list or the grid, so both work without script; the other is display:none, so
 * screen readers meet the month once.
 */
export function CalendarAgenda({
  days,
  label,
  today,
  todayLabel,
  locale,
}: {
  days: Day[];
  label: string;
  today: string;
  todayLabel: string;
  locale: string;
}) {
  const dayName = (date: string) =>
    new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
      parseIso(date),
    );
  if (!days.length) return null;
  return (
    <section aria-label={label} className="mt-4 sm:hidden" data-calendar="agenda">
      <ol className="divide-y divide-stone-300 rounded-lg border border-stone-300 bg-white">
        {days.map((day) => (
          <li
            key={day.date}
            aria-current={day.date === today ? "date" : undefined}
            className="px-3 py-2 aria-[current]:bg-amber-50"
          >
            <p className="font-medium text-stone-800">
              <time dateTime={day.date}>{dayName(day.date)}</time>
              {day.date === today ? (
                <span className="ml-2 text-sm font-normal text-amber-900">{todayLabel}</span>
              ) : null}
            </p>
            <ul className="mt-1 space-y-1">
              {day.events.map((event) => (
                <li key={event.slug}>
                  <Link
                    href={`/events/${event.slug}`}
                    className="break-words text-blue-800 underline underline-offset-2 hover:text-blue-950"
                  >
                    <LocalizedTextView text={event.title} pageLocale={locale} fallback={event.slug} />
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
