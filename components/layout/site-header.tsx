import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { LogoMark } from "@/components/brand/logo-mark";
import { SiteSearchForm } from "@/components/search/search-form";
import { languageEndonym } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { CloseMenusOnNavigate, UnlessSearchPage } from "./header-behaviour";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu } from "./user-menu";

const sections = [
  { href: "/organizations", label: "organizations" },
  { href: "/events", label: "events" },
  { href: "/diasporas", label: "diasporas" },
  { href: "/countries", label: "countries" },
  { href: "/stats", label: "stats" },
  { href: "/map", label: "map" },
] as const;

const control =
  "flex min-h-10 min-w-10 cursor-pointer list-none items-center justify-center rounded border border-stone-400 px-2 text-sm hover:bg-stone-100 [&::-webkit-details-marker]:hidden";

/**
 * One row at every width and in every language. From 1280 px: the wordmark, the sections, search, the language menu
 * and the account. Below: the wordmark, search, the language menu, the account and a "Menu" that opens the sections
 * (Armenian's sections alone fill 1024 px), so the header keeps to one line of the first phone screen.
 * Search opens a box under the header (none on the search page, which has its own). Menus are <details>: they work
 * without JavaScript, and close when the page changes.
 */
export async function SiteHeader() {
  const [t, meta, search] = await Promise.all([
    getTranslations("Layout"),
    getTranslations("Meta"),
    getTranslations("Search"),
  ]);
  const languages = routing.locales.map((code) => ({ locale: code, name: languageEndonym(code) }));
  return (
    <header className="relative border-b border-stone-300 bg-white">
      <Suspense fallback={null}>
        <CloseMenusOnNavigate />
      </Suspense>
      <div className="mx-auto flex max-w-7xl items-center gap-2 px-4 py-2 xl:gap-4">
        {/* The wordmark: the mark and the site's name in the heading face (sans in Armenian and Georgian). */}
        <Link
          href="/"
          className="flex min-w-0 shrink items-center gap-2 font-serif text-sm font-semibold leading-tight text-stone-900 sm:text-base xl:shrink-0 xl:text-lg"
        >
          <span className="flex shrink-0">
            <LogoMark size={32} ground="#fff" />
          </span>
          <span className="min-w-0">{meta("title")}</span>
        </Link>
        <nav aria-label={t("mainNavigation")} className="hidden xl:block">
          <ul className="flex gap-x-4 whitespace-nowrap">
            {sections.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} className="text-stone-800 underline-offset-4 hover:underline">
                  {t(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-2">
          {/* No Suspense here: a boundary would stream the box in later, and without JavaScript it never shows. */}
          <UnlessSearchPage>
            <details>
              <summary className={control} aria-label={search("siteSearch")} title={search("siteSearch")}>
                <svg
                  aria-hidden="true"
                  viewBox="0 0 20 20"
                  className="h-5 w-5"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                >
                  <circle cx="8.5" cy="8.5" r="5.5" />
                  <path d="M13 13l4.5 4.5" strokeLinecap="round" />
                </svg>
              </summary>
              <div className="absolute inset-x-0 top-full z-20 border-b border-stone-300 bg-white px-4 py-3 shadow-lg">
                <div className="mx-auto max-w-7xl">
                  <SiteSearchForm />
                </div>
              </div>
            </details>
          </UnlessSearchPage>
          <LanguageSwitcher languages={languages} />
          <UserMenu />
          <details className="xl:hidden">
            <summary className={control}>
              <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" stroke="currentColor" strokeWidth="2">
                <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
              </svg>
              {/* The word from 640 px; on narrower phones the icon, so the wordmark keeps its room. */}
              <span className="sr-only sm:not-sr-only sm:ml-1">{t("menu")}</span>
            </summary>
            <div className="absolute inset-x-0 top-full z-20 border-b border-stone-300 bg-white px-4 py-3 shadow-lg">
              <nav aria-label={t("mainNavigation")}>
                <ul className="grid gap-1 sm:grid-cols-2">
                  {sections.map(({ href, label }) => (
                    <li key={href}>
                      <Link href={href} className="block rounded px-2 py-2 text-stone-900 hover:bg-stone-100">
                        {t(label)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </details>
        </div>
      </div>
    </header>
  );
}
