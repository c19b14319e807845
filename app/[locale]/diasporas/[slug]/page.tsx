import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CiteThis } from "@/components/citations/cite-this";
import { DiasporaProfile } from "@/components/diasporas/diaspora-profile";
import { pageCitations } from "@/lib/citations/cite-work";
import { getDiaspora } from "@/lib/cache/public-reads";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

const load = cache((slug: string, locale: string) => getDiaspora(slug, locale));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([resolvePageLocale(params), params]);
  const diaspora = await load(slug, locale);
  if (!diaspora) return {};
  return pageMetadata({
    locale,
    pathname: `/diasporas/${slug}`,
    title: diaspora.name?.value ?? slug,
    description: diaspora.description?.value,
    type: "article",
  });
}

export default async function DiasporaPage({ params }: Props) {
  const [locale, { slug }] = await Promise.all([resolvePageLocale(params), params]);
  const diaspora = await load(slug, locale);
  if (!diaspora) notFound();
  // Diaspora pages have no versions of their own: the citation gives the day the page last changed.
  const cite = await pageCitations(
    { kind: "diaspora", slug, title: diaspora.name, version: null, published: diaspora.updatedAt },
    locale,
  );
  return (
    <>
      <DiasporaProfile diaspora={diaspora} locale={locale} />
      <CiteThis cite={cite} locale={locale} />
    </>
  );
}
