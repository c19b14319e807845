import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EventDetails } from "@/components/events/event-details";
import { getEvent } from "@/lib/events/get-event";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";
import { JsonLd } from "@/components/ui/json-ld";
import { getPathname } from "@/lib/i18n/navigation";
import { eventJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata, siteUrl } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

const load = cache((slug: string, locale: string) => getEvent(slug, locale));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([resolvePageLocale(params), params]);
  const event = await load(slug, locale);
  if (!event) return {};
  return pageMetadata({
    locale,
    pathname: `/events/${slug}`,
    title: event.title?.value ?? slug,
    description: event.description?.value,
    type: "article",
  });
}

export default async function EventPage({ params }: Props) {
  const [locale, { slug }] = await Promise.all([resolvePageLocale(params), params]);
  const event = await load(slug, locale);
  if (!event) notFound();
  const url = (href: string) => new URL(getPathname({ locale, href }), siteUrl()).toString();
  return (
    <>
      <JsonLd data={eventJsonLd(event, url(`/events/${slug}`), locale, (o) => url(`/organizations/${o}`))} />
      <EventDetails event={event} locale={locale} />
      <SuggestionForm entityType="event" slug={slug} />
    </>
  );
}
