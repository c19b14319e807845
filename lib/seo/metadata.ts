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
    },
  };
}

export { siteUrl } from "./site-url";
