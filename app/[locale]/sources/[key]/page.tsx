import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { SourcePage } from "@/components/sources/source-page";
import { getSource } from "@/lib/cache/public-reads";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ locale: string; key: string }> };

const load = cache((key: string, locale: string) => getSource(key, locale));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { key }] = await Promise.all([resolvePageLocale(params), params]);
  const page = await load(key, locale);
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: "Source" });
  return pageMetadata({
    locale,
    pathname: `/sources/${key}`,
    title: page.source.title,
    description: t("description"),
  });
}

export default async function Source({ params }: Props) {
  const [locale, { key }] = await Promise.all([resolvePageLocale(params), params]);
  const page = await load(key, locale);
  if (!page) notFound();
  return <SourcePage page={page} locale={locale} />;
}
