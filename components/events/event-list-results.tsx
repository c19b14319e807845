import { ActiveFilters, filteredHeading, type ActiveFilter } from "@/components/ui/active-filters";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { eventsQuery, type EventFilters, type EventWhen } from "@/lib/events/filters";
import type { EventPage } from "@/lib/events/list-events";
import { Link } from "@/lib/i18n/navigation";
import { EventList } from "./event-list";
import { EventWhenNav } from "./event-view-nav";

type Props = {
  result: EventPage;
  /** Undated events matching the filters, which only "all" lists. */
  undated: number;
  filters: EventFilters;
  when: EventWhen;
  locale: string;
  ignoredNote: React.ReactNode;
  /** The filters in effect, said before the count and as removable chips. */
  active: readonly ActiveFilter[];
};

/** The list view: upcoming/past/all, the count, the events by year, and a way on when there are none. */
export async function EventListResults({ result, undated, filters, when, locale, ignoredNote, active }: Props) {
  const t = await getTranslations("Events");
  const filtered = Object.keys(filters).length > 0;
  const link = (to: EventWhen, text: string) => (
    <Link href={{ pathname: "/events", query: eventsQuery(filters, { when: to }) }} className="text-blue-800 underline">
      {text}
    </Link>
  );
  return (
    <>
      <EventWhenNav filters={filters} when={when} />
      <h2 id="results-heading" className="mt-4 text-lg text-stone-700" aria-live="polite">
        {await filteredHeading(active, t("total", { count: result.total }))}
      </h2>
      <ActiveFilters filters={active} />
      {ignoredNote}
      {result.items.length === 0 ? (
        <div className="mt-6 space-y-2">
          <p>
            {filtered
              ? t("noMatches")
              : when === "upcoming"
                ? t("emptyUpcoming")
                : when === "past"
                  ? t("emptyPast")
                  : t("empty")}
          </p>
          {when !== "past" ? <p>{link("past", t("seePast"))}</p> : null}
          {when !== "all" ? <p>{link("all", t("seeAll"))}</p> : null}
        </div>
      ) : (
        <EventList items={result.items} locale={locale} />
      )}
      {undated > 0 && when !== "all" && result.items.length > 0 ? (
        <p className="mt-6 text-stone-700">
          {t("undatedHint", { count: undated })} {link("all", t("seeAll"))}
        </p>
      ) : null}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        pathname="/events"
        query={eventsQuery(filters, { when })}
      />
    </>
  );
}
