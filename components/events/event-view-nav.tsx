import { getTranslations } from "next-intl/server";
import {
  EVENT_VIEWS,
  EVENT_WHENS,
  eventsQuery,
  type EventFilters,
  type EventView,
  type EventWhen,
} from "@/lib/events/filters";
import { Link } from "@/lib/i18n/navigation";

const tabClass =
  "inline-block rounded px-3 py-1.5 text-stone-800 underline-offset-4 hover:underline aria-[current]:bg-stone-800 aria-[current]:text-white";

type Props = { filters: EventFilters; view: EventView; when: EventWhen; month?: string };

/** Links between the list and the calendar, keeping the filters. */
export async function EventViewNav({ filters, view, when, month }: Props) {
  const t = await getTranslations("Events");
  return (
    <nav aria-label={t("viewLabel")} className="mt-4">
      <ul className="flex gap-2">
        {EVENT_VIEWS.map((v) => (
          <li key={v}>
            <Link
              href={{ pathname: "/events", query: eventsQuery(filters, { view: v, when, month }) }}
              aria-current={v === view ? "page" : undefined}
              className={tabClass}
            >
              {t(`view.${v}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Upcoming, past or all events, keeping the filters. */
export async function EventWhenNav({ filters, when }: { filters: EventFilters; when: EventWhen }) {
  const t = await getTranslations("Events");
  return (
    <nav aria-label={t("whenLabel")}>
      <ul className="flex flex-wrap gap-2">
        {EVENT_WHENS.map((w) => (
          <li key={w}>
            <Link
              href={{ pathname: "/events", query: eventsQuery(filters, { when: w }) }}
              aria-current={w === when ? "page" : undefined}
              className={tabClass}
            >
              {t(`when.${w}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
