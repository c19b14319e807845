import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CiteThis } from "@/components/citations/cite-this";
import { VersionBanner } from "@/components/citations/version-banner";
import { EventDetails } from "@/components/events/event-details";
import { pageCitations } from "@/lib/citations/cite-work";
import { versionParam } from "@/lib/citations/version-param";
import { eventAtVersion } from "@/lib/cache/public-reads";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";
import { EditEntryLink } from "@/components/curation/edit-entry-link";
import { JsonLd } from "@/components/ui/json-ld";
import { getPathname } from "@/lib/i18n/navigation";
import { eventJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata, siteUrl } from "@/lib/seo/metadata";
import type { SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<SearchParams> };

// ?version=N is the permanent address of one published version (docs/decisions/0014-feeds-and-citations.md).
const load = cache((slug: string, locale: string, version: number | undefined) =>
  eventAtVersion(slug, locale, version),
);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [locale, { slug }, query] = await Promise.all([resolvePageLocale(params), params, searchParams]);
  const found = await load(slug, locale, versionParam(query.version));
  if (!found) return {};
  const { event, version } = found;
  const metadata = pageMetadata({
    locale,
    pathname: `/events/${slug}`,
    title: event.title?.value ?? slug,
    description: event.description?.value,
    type: "article",
  });
  return version.shown === version.current ? metadata : { ...metadata, robots: { index: false } };
}

export default async function EventPage({ params, searchParams }: Props) {
  const [locale, { slug }, query] = await Promise.all([resolvePageLocale(params), params, searchParams]);
  const found = await load(slug, locale, versionParam(query.version));
  if (!found) notFound();
  const { event, version } = found;
  const current = version.shown === version.current;
  const url = (href: string) => new URL(getPathname({ locale, href }), siteUrl()).toString();
  const [cite, t] = await Promise.all([
    pageCitations(
      { kind: "event", slug, title: event.title, version: version.shown, published: version.published },
      locale,
    ),
    getTranslations("Curate"),
  ]);
  return (
    <>
      {current ? (
        <JsonLd data={eventJsonLd(event, url(`/events/${slug}`), locale, (o) => url(`/organizations/${o}`))} />
      ) : null}
      <VersionBanner version={version} href={`/events/${slug}`} />
      {current ? <EditEntryLink kind="event" slug={slug} label={t("editEntry")} /> : null}
      <EventDetails event={event} locale={locale} />
      <CiteThis cite={cite} locale={locale} />
      {current ? <SuggestionForm entityType="event" slug={slug} /> : null}
    </>
  );
}
