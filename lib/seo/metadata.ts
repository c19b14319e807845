import type { Metadata } from "next";
import { getPathname } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";

type PageMetadata = {
  locale: Locale;
  pathname: string;
  title?: string;
  description?: string;
  type?: "website" | "article";
};

/**
 * The language's social card (app/[locale]/opengraph-image.tsx). Next adds it to the pages of that segment only: a
 * page that sets its own openGraph replaces the parent's, images included, so every page names it here.
 */
export function socialCard(locale: Locale) {
  return { url: `/${locale}/opengraph-image`, width: 1200, height: 630, type: "image/png" };
}

/** Canonical URL, hreflang alternates for every UI language (x-default: Russian) and Open Graph for a page. */
export function pageMetadata({ locale, pathname, title, description, type = "website" }: PageMetadata): Metadata {
  const href = (l: Locale) => getPathname({ locale: l, href: pathname });
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, href(l)]));
  languages["x-default"] = href(routing.defaultLocale);
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: { canonical: href(locale), languages },
    openGraph: {
      type,
      url: href(locale),
      locale,
      alternateLocale: routing.locales.filter((l) => l !== locale),
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      images: [socialCard(locale)],
    },
  };
}

export { siteUrl } from "./site-url";
