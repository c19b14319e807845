import { getFormatter } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { EventRef } from "@/lib/diasporas/types";
import { formatPartialDate } from "@/lib/events/partial-date";
import { countryName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** Events as links to their pages, with their date and, unless the page is about one country, where. */
export async function EventLinks({
  events,
  locale,
  showCountry,
}: {
  events: EventRef[];
  locale: string;
  showCountry: boolean;
}) {
  const format = await getFormatter();
  return (
    <ul className="mt-3 space-y-1">
      {events.map((e) => {
        const details = [
          e.startDate ? formatEventDate(e.startDate, e.datePrecision, format) : null,
          showCountry && e.countryCode ? countryName(e.countryCode, locale) : null,
        ];
        const shown = details.filter(Boolean).join(", ");
        return (
          <li key={e.slug}>
            <Link href={`/events/${e.slug}`} className="text-blue-800 underline-offset-4 hover:underline">
              <LocalizedTextView text={e.title} pageLocale={locale} fallback={e.slug} />
            </Link>
            {shown ? <span className="text-stone-600"> — {shown}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** "2013" for a year-only date, "May 2019" for a month, a full date otherwise. */
function formatEventDate(iso: string, precision: EventRef["datePrecision"], format: Formatter): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (precision === "YEAR") return formatPartialDate({ date, precision });
  return format.dateTime(
    date,
    precision === "MONTH"
      ? { year: "numeric", month: "long", timeZone: "UTC" }
      : { dateStyle: "long", timeZone: "UTC" },
  );
}
