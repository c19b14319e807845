// Canonical addresses: the HTML page of an entry (in lang when the site speaks it, else Russian, the default).
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/seo/site-url";

export type PageKind = "organizations" | "events" | "diasporas" | "countries";

function pageLocale(lang: string | undefined): string {
  return lang && (routing.locales as readonly string[]).includes(lang) ? lang : routing.defaultLocale;
}

export function pageUrl(kind: PageKind, key: string, lang: string | undefined): string {
  return new URL(`/${pageLocale(lang)}/${kind}/${encodeURIComponent(key)}`, siteUrl()).toString();
}

export function apiUrl(pathAndQuery: string): string {
  return new URL(`/api/v1${pathAndQuery}`, siteUrl()).toString();
}
