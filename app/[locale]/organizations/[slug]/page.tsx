import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OrganizationProfile } from "@/components/organizations/organization-profile";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { getOrganization } from "@/lib/organizations/get-organization";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";
import { JsonLd } from "@/components/ui/json-ld";
import { getPathname } from "@/lib/i18n/navigation";
import { organizationJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata, siteUrl } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

const load = cache((slug: string, locale: string) => getOrganization(slug, locale));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([resolvePageLocale(params), params]);
  const organization = await load(slug, locale);
  if (!organization) return {};
  return pageMetadata({
    locale,
    pathname: `/organizations/${slug}`,
    title: organization.name?.value ?? slug,
    description: organization.description?.value,
    type: "article",
  });
}

export default async function OrganizationPage({ params }: Props) {
  const [locale, { slug }] = await Promise.all([resolvePageLocale(params), params]);
  const organization = await load(slug, locale);
  if (!organization) notFound();
  const url = new URL(getPathname({ locale, href: `/organizations/${slug}` }), siteUrl()).toString();
  return (
    <>
      <JsonLd data={organizationJsonLd(organization, url, locale)} />
      <OrganizationProfile organization={organization} locale={locale} />
      <SuggestionForm entityType="organization" slug={slug} />
    </>
  );
}
