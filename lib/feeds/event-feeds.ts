import "server-only";
// The events of a filter set as an iCalendar feed (every dated match, streamed page by page) and as an Atom feed
// (the most recently changed matches). Filters and "when" are the events list's own (lib/events/filters.ts).
import { atomLicense } from "@/lib/about/data-license";
import { eventIcalEntry } from "@/lib/events/event-ical";
import { eventIcalTexts, type IcalTranslate } from "@/lib/events/event-ical-texts";
import { whenScope } from "@/lib/events/filter-sql";
import { eventsQuery, type EventFilters, type EventWhen } from "@/lib/events/filters";
import { formatEventDates } from "@/lib/events/format-event-date";
import { calendarStart, CALENDAR_END, writeEvent } from "@/lib/events/ical";
import { countryName } from "@/lib/i18n/display-names";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { rootTranslatorFor } from "@/lib/i18n/translator";
import { matchEventIds } from "@/lib/search/match";
import type { RootTranslator } from "@/lib/citations/terms";
import { atomEntry, atomStart, atomText, ATOM_END, type AtomEntry } from "./atom";
import { describeEventFilters } from "./describe-filters";
import { datedEventIdPages, feedEvents, latestEventIds, type FeedEvent } from "./event-rows";
import { absolute, eventFeedPath } from "./feed-links";
import { lastChange } from "./last-change";

export const FEED_PRODUCT = "-//Diaspora Atlas//Event feed//EN";
/** Entries in an events Atom feed: a feed is a window on recent changes, not an archive. */
export const ATOM_LIMIT = 100;

export type EventFeedRequest = {
  locale: Locale;
  filters: EventFilters;
  when: EventWhen;
  /** The reference day for upcoming and past (YYYY-MM-DD). */
  today: string;
  /** Ids fetched per database round trip while streaming. */
  pageSize?: number;
};

const eventUrl = (locale: Locale, slug: string) => absolute(getPathname({ locale, href: `/events/${slug}` }));

async function context(request: EventFeedRequest) {
  const t = (await rootTranslatorFor(request.locale)) as unknown as RootTranslator;
  const matchedIds = request.filters.q ? await matchEventIds(request.filters.q) : null;
  const subtitle = await describeEventFilters(request.filters, request.when, request.locale, t);
  return { t, matchedIds, subtitle, scope: whenScope(request.when, request.today) };
}

/** Every dated event matching the filters as one iCalendar object, written as the pages of ids arrive. */
export function eventIcsStream(request: EventFeedRequest): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pages: AsyncGenerator<string[]>;
  let t: RootTranslator;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const c = await context(request);
      t = c.t;
      pages = datedEventIdPages(request.filters, c.scope, c.matchedIds, request.pageSize ?? 500);
      controller.enqueue(
        encoder.encode(
          calendarStart({
            prodId: FEED_PRODUCT,
            name: `${t("Feeds.eventsTitle", { site: t("Meta.title") })} (${c.subtitle})`,
          }),
        ),
      );
    },
    async pull(controller) {
      const next = await pages.next();
      if (next.done) {
        controller.enqueue(encoder.encode(CALENDAR_END));
        controller.close();
        return;
      }
      const events = await feedEvents(next.value, request.locale);
      const text = events
        .map((event) =>
          eventIcalEntry(
            event,
            eventUrl(request.locale, event.slug),
            eventIcalTexts(event, request.locale, t as IcalTranslate),
          ),
        )
        .flatMap((entry) => (entry ? [writeEvent(entry)] : []))
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await pages?.return(undefined);
    },
  });
}

/** The atlas's own line about the event (dates, place), in the feed's language. */
function eventSummary(event: FeedEvent, locale: Locale, t: RootTranslator): string {
  const place = [event.city?.value, event.countryCode ? countryName(event.countryCode, locale) : null]
    .filter(Boolean)
    .join(", ");
  return [formatEventDates(event, locale), place || (event.online ? t("Feeds.online") : null)]
    .filter(Boolean)
    .join(" · ");
}

function eventAtomEntry(event: FeedEvent, locale: Locale, t: RootTranslator): AtomEntry {
  return {
    id: `urn:uuid:${event.id}`,
    title: event.title ? atomText(event.title) : { value: event.slug },
    updated: event.updatedAt,
    published: event.createdAt,
    link: eventUrl(locale, event.slug),
    summary: { value: eventSummary(event, locale, t) },
    ...(event.description ? { content: atomText(event.description) } : {}),
    categories: [{ term: event.type, label: t(`Enums.EventType.${event.type}`) }],
  };
}

/** The Atom feed of the filter set: its ATOM_LIMIT most recently changed events, newest first. */
export async function eventAtomFeed(request: EventFeedRequest): Promise<string> {
  const { locale, filters, when } = request;
  const c = await context(request);
  const events = await feedEvents(await latestEventIds(filters, c.scope, c.matchedIds, ATOM_LIMIT), locale);
  const self = absolute(eventFeedPath(locale, "atom", filters, when));
  // With no matching event, the feed last changed when any event last did (one may have stopped matching).
  const updated = events.length
    ? events.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), events[0]!.updatedAt)
    : await lastChange("event");
  const head = atomStart({
    id: self,
    title: c.t("Feeds.eventsTitle", { site: c.t("Meta.title") }),
    subtitle: c.subtitle,
    updated,
    lang: locale,
    author: { name: c.t("Meta.title"), uri: absolute(getPathname({ locale, href: "/" })) },
    links: [
      { rel: "self", type: "application/atom+xml", href: self },
      {
        rel: "alternate",
        type: "text/html",
        href: absolute(getPathname({ locale, href: { pathname: "/events", query: eventsQuery(filters, { when }) } })),
      },
      { rel: "related", type: "text/calendar", href: absolute(eventFeedPath(locale, "ics", filters, when)) },
      atomLicense().link,
    ],
    generator: c.t("Meta.title"),
    rights: atomLicense().rights,
  });
  return head + events.map((e) => atomEntry(eventAtomEntry(e, locale, c.t))).join("") + ATOM_END;
}
