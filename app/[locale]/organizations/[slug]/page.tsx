import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CiteThis } from "@/components/citations/cite-this";
import { VersionBanner } from "@/components/citations/version-banner";
import { OrganizationProfile } from "@/components/organizations/organization-profile";
import { pageCitations } from "@/lib/citations/cite-work";
import { versionParam } from "@/lib/citations/version-param";
import { organizationAtVersion } from "@/lib/cache/public-reads";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";
import { EditEntryLink } from "@/components/curation/edit-entry-link";
import { JsonLd } from "@/components/ui/json-ld";
import { getPathname } from "@/lib/i18n/navigation";
import { organizationJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata, siteUrl } from "@/lib/seo/metadata";
import type { SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<SearchParams> };

// ?version=N is the permanent address of one published version (docs/decisions/0014-feeds-and-citations.md).
const load = cache((slug: string, locale: string, version: number | undefined) =>
  organizationAtVersion(slug, locale, version),
);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [locale, { slug }, query] = await Promise.all([resolvePageLocale(params), params, searchParams]);
  const found = await load(slug, locale, versionParam(query.version));
  if (!found) return {};
  const { profile: organization, version } = found;
  const metadata = pageMetadata({
    locale,
    pathname: `/organizations/${slug}`,
    title: organization.name?.value ?? slug,
    description: organization.description?.value,
    type: "article",
  });
  // An older version is for citations; search engines index the current page (the canonical).
  return version.shown === version.current ? metadata : { ...metadata, robots: { index: false } };
}

export default async function OrganizationPage({ params, searchParams }: Props) {
  const [locale, { slug }, query] = await Promise.all([resolvePageLocale(params), params, searchParams]);
  const found = await load(slug, locale, versionParam(query.version));
  if (!found) notFound();
  const { profile: organization, version } = found;
  const current = version.shown === version.current;
  const url = new URL(getPathname({ locale, href: `/organizations/${slug}` }), siteUrl()).toString();
  const [cite, t] = await Promise.all([
    pageCitations(
      { kind: "organization", slug, title: organization.name, version: version.shown, published: version.published },
      locale,
    ),
    getTranslations("Curate"),
  ]);
  return (
    <>
      {current ? <JsonLd data={organizationJsonLd(organization, url, locale)} /> : null}
      <VersionBanner version={version} href={`/organizations/${slug}`} />
      {current ? <EditEntryLink kind="organization" slug={slug} label={t("editEntry")} /> : null}
      <OrganizationProfile organization={organization} locale={locale} />
      <CiteThis cite={cite} locale={locale} />
      {current ? <SuggestionForm entityType="organization" slug={slug} /> : null}
    </>
  );
}
