import { Fragment } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { CitationRefs, citationsFor } from "@/components/sources/citation-refs";
import { FactTable, type FactRow } from "@/components/sources/fact-table";
import { SourceList } from "@/components/sources/source-list";
import { ProvenanceNote, translatesAnother } from "@/components/sources/provenance-note";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { googleCalendarUrl, outlookCalendarUrl } from "@/lib/events/calendar-links";
import { eventIcalEntry } from "@/lib/events/event-ical";
import { eventIcalTexts, type IcalTranslate } from "@/lib/events/event-ical-texts";
import { formatEventDates } from "@/lib/events/format-event-date";
import type { EventDetail, NamedRef } from "@/lib/events/types";
import { countryName } from "@/lib/i18n/display-names";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { BackToListLink } from "@/components/ui/list-return";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/seo/metadata";
import { dateTimeAttribute } from "./event-facts";

const secondaryButton =
  "inline-block rounded border border-blue-800 px-4 py-2 font-medium text-blue-800 hover:bg-blue-50";

export async function EventDetails({ event: e, locale }: { event: EventDetail; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const refs = (...facts: string[]) => <CitationRefs numbers={citationsFor(e.citations, ...facts)} />;
  const links = (refsList: NamedRef[], base: "/organizations" | "/diasporas") =>
    refsList.map((r, i) => (
      <Fragment key={r.slug}>
        {i > 0 ? ", " : null}
        <Link href={`${base}/${r.slug}`} className="text-blue-800 underline">
          <LocalizedTextView text={r.name} pageLocale={locale} fallback={r.slug} />
        </Link>
      </Fragment>
    ));
  const date = formatEventDates(e, locale);
  // The same entry as the .ics download (a month- or year-only date spans that month or year), for the web calendars.
  const pageUrl = new URL(getPathname({ locale, href: `/events/${e.slug}` }), siteUrl()).toString();
  const entry = eventIcalEntry(e, pageUrl, eventIcalTexts(e, locale, t as unknown as IcalTranslate));
  // What the reader should know about the date: how precise it is, and whether it is only the report's (decision 0024).
  const dateNotes = [
    e.datePrecision !== "DAY" ? t(`Event.precision.${e.datePrecision}`) : null,
    e.dateBasis === "REPORT" ? t("Event.dateOfReport") : null,
  ].filter(Boolean);
  const place = [
    e.city ? <LocalizedTextView key="city" text={e.city} pageLocale={locale} /> : null,
    e.countryCode ? countryName(e.countryCode, locale) : null,
  ].filter(Boolean);
  const rows: FactRow[] = [
    { label: t("Event.type"), facts: ["type"], show: true, value: t(`Enums.EventType.${e.type}`) },
    {
      label: t("Event.dates"),
      facts: ["start", "end"],
      show: true,
      value: date ? (
        <>
          <time dateTime={dateTimeAttribute(e)}>{date}</time>
          {dateNotes.length > 0 ? <span className="text-stone-700"> ({dateNotes.join("; ")})</span> : null}
        </>
      ) : (
        <span className="text-stone-700">{t("Event.notRecorded")}</span>
      ),
    },
    {
      label: t("Event.recurrence"),
      facts: ["recurrence"],
      show: Boolean(e.recurrence),
      value: <LocalizedTextView text={e.recurrence} pageLocale={locale} />,
    },
    {
      label: t("Event.place"),
      facts: ["city", "country"],
      show: place.length > 0,
      value: place.map((p, i) => (
        <Fragment key={i}>
          {i > 0 ? ", " : null}
          {p}
        </Fragment>
      )),
    },
    {
      label: t("Event.online"),
      facts: ["onlineUrl"],
      show: Boolean(e.onlineUrl),
      value: (
        <a
          href={e.onlineUrl ?? undefined}
          className="break-all text-blue-800 underline"
          rel="noopener noreferrer nofollow"
        >
          {e.onlineUrl}
        </a>
      ),
    },
    {
      label: t("Event.organizers"),
      facts: ["organizers"],
      show: e.organizers.length > 0,
      value: links(e.organizers, "/organizations"),
    },
    {
      label: t("Event.diasporas"),
      facts: ["diasporas"],
      show: e.diasporas.length > 0,
      value: links(e.diasporas, "/diasporas"),
    },
  ];
  return (
    <article>
      <p>
        <BackToListLink list="events" className="text-blue-800 underline">
          ← {t("Event.backToList")}
        </BackToListLink>
      </p>
      <h1 className="mt-4 text-title font-semibold leading-tight">
        <LocalizedTextView text={e.title} pageLocale={locale} fallback={e.slug} />
        <span className="text-base font-normal">
          <ProvenanceNote
            provenance={e.titleProvenance}
            kind="name"
            translated={translatesAnother(e.titleProvenances)}
          />
          {/* Citations say which language's title a source contains ("titles.en"); a bare "titles" backs them all. */}
          {refs("titles", "title", ...(e.title ? [`titles.${e.title.locale}`] : []))}
        </span>
      </h1>
      {e.description ? (
        <p className="mt-4 max-w-3xl text-lg text-stone-800">
          <LocalizedTextView text={e.description} pageLocale={locale} />
          <ProvenanceNote provenance={e.descriptionProvenance} kind="description" />
          {refs("descriptions", "description")}
        </p>
      ) : null}

      <FactTable rows={rows} citations={e.citations} />

      {entry ? (
        <ul aria-label={t("Event.addToCalendarLinks")} className="mt-6 flex flex-wrap items-center gap-3">
          <li>
            <a
              href={getPathname({ locale, href: `/events/${e.slug}/ics` })}
              download={`${e.slug}.ics`}
              className="inline-block rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900"
            >
              {t("Event.addToCalendar")}
            </a>
          </li>
          <li>
            <a href={googleCalendarUrl(entry)} rel="noopener noreferrer" className={secondaryButton}>
              {t("Event.addToGoogle")}
            </a>
          </li>
          <li>
            <a href={outlookCalendarUrl(entry)} rel="noopener noreferrer" className={secondaryButton}>
              {t("Event.addToOutlook")}
            </a>
          </li>
        </ul>
      ) : null}

      <section className="mt-8" aria-labelledby="sources">
        <h2 id="sources" className="text-xl font-semibold">
          {t("Event.sources")}
        </h2>
        <SourceList citations={e.citations} />
      </section>

      <p className="mt-8 text-sm text-stone-600">
        {t("Event.lastUpdated", { date: format.dateTime(new Date(e.updatedAt), { dateStyle: "long" }) })}
      </p>
    </article>
  );
}
