import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { formatEventDates } from "@/lib/events/format-event-date";
import { formatPartialDate } from "@/lib/events/partial-date";
import type { EventSummary } from "@/lib/events/types";
import { countryName } from "@/lib/i18n/display-names";

/** The machine-readable form of a partial date: "2013", "2019-05" or "2020-12-08", as <time> accepts. */
export function dateTimeAttribute(event: EventSummary): string | undefined {
  return event.startDate
    ? formatPartialDate({ date: new Date(`${event.startDate}T00:00:00Z`), precision: event.datePrecision })
    : undefined;
}

/** Where an event takes place: city and country, and/or "online". */
export async function EventPlace({ event, locale }: { event: EventSummary; locale: string }) {
  const t = await getTranslations("Events");
  const parts: React.ReactNode[] = [];
  if (event.city) parts.push(<LocalizedTextView key="city" text={event.city} pageLocale={locale} />);
  if (event.countryCode) parts.push(countryName(event.countryCode, locale));
  if (event.online) parts.push(t("online"));
  if (parts.length === 0) return null;
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? ", " : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** One line under an event's title: date (as precise as known), type, place, recurrence. */
export async function EventFacts({ event, locale }: { event: EventSummary; locale: string }) {
  const t = await getTranslations();
  const date = formatEventDates(event, locale);
  const facts = [
    // Undated events are listed under their own heading, so no "date not recorded" on each line.
    date ? (
      <Fragment key="date">
        <time dateTime={dateTimeAttribute(event)}>{date}</time>
        {/* Only the date of the report describing the event, not the event's own (decision 0024). */}
        {event.dateBasis === "REPORT" ? ` (${t("Event.dateOfReport")})` : null}
      </Fragment>
    ) : null,
    <span key="type">{t(`Enums.EventType.${event.type}`)}</span>,
    event.city || event.countryCode || event.online ? <EventPlace key="place" event={event} locale={locale} /> : null,
    event.recurrence ? <LocalizedTextView key="recurrence" text={event.recurrence} pageLocale={locale} /> : null,
  ].filter(Boolean);
  return (
    <>
      {facts.map((fact, i) => (
        <Fragment key={i}>
          {i > 0 ? " · " : null}
          {fact}
        </Fragment>
      ))}
    </>
  );
}
