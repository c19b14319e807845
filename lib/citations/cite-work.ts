import "server-only";
// The citations of the page a reader is on: its title in their language, the version shown and the day it was
// published, the permanent address of that version, and today as the access date.
import { todayIso } from "@/lib/events/event-period";
import type { LocalizedText } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { rootTranslatorFor } from "@/lib/i18n/translator";
import { siteUrl } from "@/lib/seo/metadata";
import { formatCitations } from "./format";
import { citationTerms, type RootTranslator } from "./terms";
import type { CitableKind, CitableWork, Citations } from "./types";
import { versionHref } from "./version-param";

export const KIND_PATHS: Record<CitableKind, string> = {
  organization: "organizations",
  event: "events",
  diaspora: "diasporas",
};

export type CitePage = {
  kind: CitableKind;
  slug: string;
  title: LocalizedText | null;
  /** The version shown; null for pages without versions (diasporas). */
  version: number | null;
  /** When that version was published (ISO date-time). */
  published: string;
};

export type PageCitations = { work: CitableWork; citations: Citations };

/** The absolute permanent address of a page's version in a language: …/ru/organizations/ojag?version=3. */
export function permanentUrl(locale: Locale, kind: CitableKind, slug: string, version: number | null): string {
  const pathname = getPathname({ locale, href: `/${KIND_PATHS[kind]}/${slug}` });
  return new URL(versionHref(pathname, version), siteUrl()).toString();
}

export async function pageCitations(
  page: CitePage,
  locale: Locale,
  today: string = todayIso(),
): Promise<PageCitations> {
  const t = (await rootTranslatorFor(locale)) as unknown as RootTranslator;
  const work: CitableWork = {
    kind: page.kind,
    key: page.slug,
    title: page.title?.value ?? page.slug,
    titleLocale: page.title?.locale ?? locale,
    version: page.version,
    published: page.published.slice(0, 10),
    url: permanentUrl(locale, page.kind, page.slug, page.version),
    accessed: today,
  };
  return { work, citations: formatCitations(work, citationTerms(t, page.kind, locale)) };
}
