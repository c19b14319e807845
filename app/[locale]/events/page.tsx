import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventCalendarResults } from "@/components/events/event-calendar-results";
import { DownloadLinks } from "@/components/exports/download-links";
import { EventFeedLinks } from "@/components/feeds/feed-links";
import { eventActiveFilters, EventFiltersForm } from "@/components/events/event-filters";
import { EventListResults } from "@/components/events/event-list-results";
import { EventViewNav } from "@/components/events/event-view-nav";
import { ProposeLink } from "@/components/proposals/propose-link";
import { IgnoredFilters } from "@/components/ui/ignored-filters";
import { RememberListQuery } from "@/components/ui/list-return";
import {
  countUndatedEvents,
  getCalendarMonth,
  getEventFacets,
  listEvents,
  matchEventIds,
} from "@/lib/cache/public-reads";
import { todayIso } from "@/lib/events/event-period";
import { whenScope } from "@/lib/events/filter-sql";
import { eventsQuery, parseEventQuery } from "@/lib/events/filters";
import { eventFeedAlternates } from "@/lib/feeds/feed-links";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";
import { firstValue, type SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const PAGE_SIZE = 50;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { filters, when, view } = parseEventQuery(await searchParams);
  const [t, feeds] = await Promise.all([
    getTranslations({ locale, namespace: "Events" }),
    getTranslations({ locale, namespace: "Feeds" }),
  ]);
  const metadata = pageMetadata({ locale, pathname: "/events", title: t("title") });
  // The list's filter set as feeds (the calendar view subscribes to every date).
  const types = eventFeedAlternates(locale, filters, view === "calendar" ? "all" : when, {
    ics: feeds("alternateIcs"),
    atom: feeds("alternateAtom"),
  });
  return { ...metadata, alternates: { ...metadata.alternates, types } };
}

export default async function EventsPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const query = await searchParams;
  const { filters, when, view, month: requestedMonth, page, ignored } = parseEventQuery(query);
  const today = todayIso();
  const month = requestedMonth ?? today.slice(0, 7);
  // Text search: the search module's ranked matches (null: no text filter).
  const matchedIds = filters.q ? await matchEventIds(filters.q) : null;
  // The calendar's facets count across all dates, so that filters stay usable in an empty month.
  const scope = whenScope(view === "calendar" ? "all" : when, today);
  const [t, facets] = await Promise.all([
    getTranslations("Events"),
    getEventFacets({ locale, filters, scope, matchedIds }),
  ]);
  const active = await eventActiveFilters({ locale, filters, facets, view, when, month: requestedMonth });
  const ignoredNote = (
    <IgnoredFilters
      names={ignored.map((key) =>
        t("ignoredValue", { name: t(`filter.${key}`), value: firstValue(query[key])?.trim().slice(0, 40) ?? "" }),
      )}
    />
  );
  const results =
    view === "calendar" ? (
      <EventCalendarResults
        data={await getCalendarMonth({ locale, month, filters, matchedIds })}
        month={month}
        today={today}
        locale={locale}
        filters={filters}
        ignoredNote={ignoredNote}
        active={active}
      />
    ) : (
      <EventListResults
        result={await listEvents({ locale, filters, matchedIds, when, today, page, pageSize: PAGE_SIZE })}
        undated={when === "all" ? 0 : await countUndatedEvents(filters, matchedIds)}
        filters={filters}
        when={when}
        locale={locale}
        ignoredNote={ignoredNote}
        active={active}
      />
    );
  const listQuery = eventsQuery(filters, { when, view, month: requestedMonth });
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <RememberListQuery
        list="events"
        query={new URLSearchParams({
          ...listQuery,
          ...(view === "list" && page > 1 ? { page: String(page) } : {}),
        }).toString()}
      />
      <EventViewNav filters={filters} view={view} when={when} />
      {/* One form at every width: beside the results from 768 px, behind "Filters (n)" above them on phones. */}
      <div className="mt-6 grid gap-4 md:grid-cols-[14rem_minmax(0,1fr)] md:gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <EventFiltersForm
          locale={locale}
          filters={filters}
          facets={facets}
          view={view}
          when={when}
          month={month}
          requestedMonth={requestedMonth}
          activeCount={active.length}
        />
        <section aria-labelledby="results-heading" className="min-w-0">
          {results}
          <DownloadLinks locale={locale} kind="events" query={listQuery} />
          <EventFeedLinks locale={locale} filters={filters} when={view === "calendar" ? "all" : when} />
          <ProposeLink kind="event" />
        </section>
      </div>
    </>
  );
}
