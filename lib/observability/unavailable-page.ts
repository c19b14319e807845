// The page the proxy answers while the database is down: status 503 with Retry-After, in the language of the
// requested path, small and self-contained (no database, no React render), so it is quick even under load.
import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/lib/i18n/routing";
import { commonHeaders, DOCUMENT_POLICY, isHttpsSite } from "@/lib/security/policy";

/** Seconds a client should wait before trying again; the watcher checks every half second. */
export const RETRY_AFTER_SECONDS = 5;

type Texts = { title: string; body: string; retry: string; site: string };

// One lazy import per language: only the requested one is loaded, and only during an outage.
const MESSAGES: Record<
  Locale,
  () => Promise<{ default: { Reliability: Record<string, string>; Meta: { title: string } } }>
> = {
  ru: () => import("@/messages/ru.json"),
  en: () => import("@/messages/en.json"),
  az: () => import("@/messages/az.json"),
  hy: () => import("@/messages/hy.json"),
  ka: () => import("@/messages/ka.json"),
  kk: () => import("@/messages/kk.json"),
  ky: () => import("@/messages/ky.json"),
  uz: () => import("@/messages/uz.json"),
  tg: () => import("@/messages/tg.json"),
  tk: () => import("@/messages/tk.json"),
  be: () => import("@/messages/be.json"),
  uk: () => import("@/messages/uk.json"),
  ro: () => import("@/messages/ro.json"),
  lv: () => import("@/messages/lv.json"),
  lt: () => import("@/messages/lt.json"),
  et: () => import("@/messages/et.json"),
};

/** The locale of a path such as /hy/organizations, or the default one. */
export function localeOfPath(pathname: string): Locale {
  const segment = pathname.split("/")[1] ?? "";
  return hasLocale(routing.locales, segment) ? segment : routing.defaultLocale;
}

async function texts(locale: Locale): Promise<Texts> {
  const messages = (await MESSAGES[locale]()).default;
  const r = messages.Reliability;
  return {
    title: r.unavailableTitle ?? "",
    body: r.unavailableBody ?? "",
    retry: r.retry ?? "",
    site: messages.Meta.title,
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function unavailablePage(pathname: string, search: string, requestId: string): Promise<Response> {
  const locale = localeOfPath(pathname);
  const t = await texts(locale);
  const href = escapeHtml(pathname + search);
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t.title)} — ${escapeHtml(t.site)}</title>
<style>body{font-family:system-ui,sans-serif;background:#fafaf9;color:#1c1917;margin:0}main{max-width:40rem;margin:4rem auto;padding:0 1rem;text-align:center}a{display:inline-block;margin-top:1.5rem;background:#1e40af;color:#fff;padding:.5rem 1rem;border-radius:.25rem;text-decoration:none}</style>
</head><body><main role="alert"><p>${escapeHtml(t.site)}</p><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p><a href="${href}">${escapeHtml(t.retry)}</a></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(RETRY_AFTER_SECONDS),
      "cache-control": "no-store",
      "content-language": locale,
      "x-request-id": requestId,
      // The proxy answers this page itself, before the page step that adds the security headers: nothing here runs.
      "content-security-policy": DOCUMENT_POLICY,
      ...Object.fromEntries(commonHeaders({ https: isHttpsSite(process.env.SITE_URL || undefined) })),
    },
  });
}
