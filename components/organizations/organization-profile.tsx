import { Fragment } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import { BackToListLink } from "@/components/ui/list-return";
import { formatPartialDate } from "@/lib/events/partial-date";
import type { OrganizationProfile as Profile } from "@/lib/organizations/types";
import { CitationRefs, citationsFor } from "@/components/sources/citation-refs";
import { FactTable, type FactRow } from "@/components/sources/fact-table";
import { SourceList } from "@/components/sources/source-list";
import { LinkCheckNote } from "./link-check-note";
import { RecordDates } from "./record-dates";
import { ProvenanceNote, translatesAnother } from "@/components/sources/provenance-note";

export async function OrganizationProfile({ organization: o, locale }: { organization: Profile; locale: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const refs = (...facts: string[]) => <CitationRefs numbers={citationsFor(o.citations, ...facts)} />;
  const list = (values: React.ReactNode[]) =>
    values.map((v, i) => (
      <Fragment key={i}>
        {i > 0 ? ", " : null}
        {v}
      </Fragment>
    ));
  const rows: FactRow[] = [
    {
      label: t("Organization.names"),
      facts: ["names", "name"],
      show: o.names.length > 0,
      value: (
        <ul>
          {o.names.map((n) => (
            <li key={n.locale} data-name-locale={n.locale}>
              <span lang={n.locale}>{n.value}</span>{" "}
              <span className="text-sm text-stone-600">({languageName(n.locale, locale)})</span>
              <ProvenanceNote provenance={n.provenance} kind="name" translated={translatesAnother(o.names)} />
              {refs(`names.${n.locale}`)}
            </li>
          ))}
        </ul>
      ),
    },
    {
      label: t("Organization.alsoKnownAs"),
      facts: ["altNames"],
      show: o.altNames.length > 0,
      value: (
        <ul data-alt-names>
          {o.altNames.map((a) => (
            <li key={a.locale} data-alt-name-locale={a.locale}>
              {list(a.values.map((v) => <span lang={a.locale}>{v}</span>))}{" "}
              <span className="text-sm text-stone-600">({languageName(a.locale, locale)})</span>
              {refs(`altNames.${a.locale}`)}
            </li>
          ))}
        </ul>
      ),
    },
    { label: t("Organization.acronym"), facts: ["acronym"], show: Boolean(o.acronym), value: o.acronym },
    {
      label: t("Organization.type"),
      facts: ["types"],
      show: o.types.length > 0,
      value: o.types.map((x) => t(`Enums.OrganizationType.${x}`)).join(", "),
    },
    {
      label: t("Organization.groups"),
      facts: ["groups"],
      show: o.groups.length > 0,
      value: o.groups.map((x) => t(`Enums.ServedGroup.${x}`)).join(", "),
    },
    {
      label: t("Organization.diasporas"),
      facts: ["diasporas"],
      show: o.diasporas.length > 0,
      value: list(
        o.diasporas.map((d) => (
          <Link key={d.slug} href={`/diasporas/${d.slug}`} className="text-blue-800 underline">
            <LocalizedTextView text={d.name} pageLocale={locale} fallback={d.slug} />
          </Link>
        )),
      ),
    },
    {
      label: t("Organization.hostCountries"),
      facts: ["countries"],
      show: o.countries.length > 0,
      value: list(
        o.countries.map((c) => (
          <Link key={c} href={`/countries/${c}`} className="text-blue-800 underline">
            {countryName(c, locale)}
          </Link>
        )),
      ),
    },
    {
      label: t("Organization.city"),
      facts: ["city"],
      show: Boolean(o.city),
      value: <LocalizedTextView text={o.city} pageLocale={locale} />,
    },
    {
      label: t("Organization.founded"),
      facts: ["foundedYear"],
      show: o.foundedYear !== null,
      value: String(o.foundedYear),
    },
    {
      label: t("Organization.status"),
      facts: o.dissolvedOn ? ["status", "dissolvedOn"] : ["status"],
      show: true,
      // "Dissolved on 15 May 2017" when the day is known, in the page's language; the day is UTC midnight.
      value: o.dissolvedOn
        ? t("Organization.dissolvedOn", {
            date: format.dateTime(new Date(`${o.dissolvedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
          })
        : t(`Enums.OrganizationStatus.${o.status}`),
    },
    {
      label: t("Organization.languages"),
      facts: ["languages"],
      show: o.languages.length > 0,
      value: o.languages.map((l) => languageName(l, locale)).join(", "),
    },
  ];
  const related = o.category === "RELATED_INSTITUTION";
  return (
    <article>
      <p>
        <BackToListLink
          list="organizations"
          query={related ? { category: o.category } : undefined}
          className="text-blue-800 underline"
        >
          ← {t("Organization.backToList")}
        </BackToListLink>
      </p>
      {related ? (
        <p className="mt-4 inline-block rounded bg-stone-200 px-2 py-0.5 text-sm font-medium text-stone-800">
          {t("Enums.OrganizationCategory.RELATED_INSTITUTION")}
        </p>
      ) : null}
      <h1 className={`${related ? "mt-2" : "mt-4"} text-title font-semibold leading-tight`}>
        <LocalizedTextView text={o.name} pageLocale={locale} fallback={o.slug} />
        {o.acronym ? <span className="ml-2 text-2xl font-normal text-stone-600">({o.acronym})</span> : null}
      </h1>
      {o.description ? (
        <p className="mt-4 max-w-3xl text-lg text-stone-800">
          <LocalizedTextView text={o.description} pageLocale={locale} />
          <ProvenanceNote provenance={o.descriptionProvenance} kind="description" />
          {refs("descriptions", "description")}
        </p>
      ) : null}

      {related ? <p className="mt-4 max-w-3xl text-stone-700">{t("Organization.relatedNote")}</p> : null}

      <FactTable rows={rows} citations={o.citations} />

      {o.channels.length > 0 || o.onlinePresence.length > 0 ? (
        <section className="mt-8" aria-labelledby="channels">
          <h2 id="channels" className="text-xl font-semibold">
            {t("Organization.channels")}
            {o.channels.length > 0 ? refs("channels") : null}
          </h2>
          <ul className="mt-3 space-y-1">
            {o.channels.map((c) => (
              <li key={c.url}>
                <span className="font-medium">{t(`Enums.ChannelKind.${c.kind}`)}</span>:{" "}
                <a href={c.url} className="break-all text-blue-800 underline" rel="noopener noreferrer nofollow">
                  {c.url}
                </a>
                {c.languages.length ? (
                  <span className="text-stone-600">
                    {" — "}
                    {t("Organization.channelLanguages", {
                      languages: c.languages.map((l) => languageName(l, locale)).join(", "),
                    })}
                  </span>
                ) : null}
                <LinkCheckNote url={c.url} check={c.check} />
              </li>
            ))}
            {/* What a source says without an address: "Website: address not recorded", with its citation. */}
            {o.onlinePresence.map((kind) => (
              <li key={kind} data-online-presence={kind}>
                {t("Organization.presenceWithoutAddress", { kind })}
                {refs("onlinePresence")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {o.events.length > 0 ? (
        <section className="mt-8" aria-labelledby="events">
          <h2 id="events" className="text-xl font-semibold">
            {t("Organization.events")}
          </h2>
          <ul className="mt-3 space-y-1">
            {o.events.map((e) => (
              <li key={e.slug}>
                <Link href={`/events/${e.slug}`} className="text-blue-800 underline">
                  <LocalizedTextView text={e.title} pageLocale={locale} fallback={e.slug} />
                </Link>
                {e.startDate ? (
                  <span className="text-stone-600"> — {formatEventDate(e.startDate, e.datePrecision, format)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="mt-8" aria-labelledby="sources">
        <h2 id="sources" className="text-xl font-semibold">
          {t("Organization.sources")}
        </h2>
        <SourceList citations={o.citations} />
      </section>

      <RecordDates organization={o} />
    </article>
  );
}

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** "2013" for a year-only date, "May 2019" for a month, a full date otherwise. */
function formatEventDate(iso: string, precision: "DAY" | "MONTH" | "YEAR", format: Formatter): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (precision === "YEAR") return formatPartialDate({ date, precision });
  return format.dateTime(
    date,
    precision === "MONTH"
      ? { year: "numeric", month: "long", timeZone: "UTC" }
      : { dateStyle: "long", timeZone: "UTC" },
  );
}
