"use client";

import { Suspense } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export type LanguageOption = { locale: Locale; name: string };

/**
 * A disclosure listing every UI language by its own name, each linking to the same page with the same filters.
 * The names come from the server, whose ICU data knows every language (browsers' may not).
 *
 * Reading the query (useSearchParams) makes React render the links with the page's filters later than the rest of
 * the header: the server streams them in after the first bytes, and without a fallback the header would grow a line
 * when they came and push the page down (most of the layout shift Lighthouse measured). So the fallback is the same
 * list with links that keep the path but not the filters: same size, and working before (or without) JavaScript.
 * Only the list is swapped, never the <details> around it: a reader on a slow phone who opened the menu before the
 * streamed list arrived keeps it open.
 */
export function LanguageSwitcher({ languages }: { languages: LanguageOption[] }) {
  const t = useTranslations("Layout");
  const current = useLocale();
  return (
    <nav aria-label={t("language")} className="relative">
      <details className="group">
        <summary className="flex min-h-10 cursor-pointer list-none items-center rounded border border-stone-400 px-2 text-sm hover:bg-stone-100 [&::-webkit-details-marker]:hidden">
          <span className="sr-only">{t("language")}: </span>
          {/* The language's own name from 1280 px; its code below 1280 px, where the header is one short row. */}
          <span lang={current} className="hidden xl:inline">
            {languages.find((l) => l.locale === current)?.name ?? current}
          </span>
          <span lang={current} aria-hidden="true" className="uppercase xl:hidden">
            {current}
          </span>
          <span aria-hidden="true">&nbsp;▾</span>
        </summary>
        <Suspense fallback={<LanguageLinks languages={languages} query={{}} />}>
          <LanguageLinksWithQuery languages={languages} />
        </Suspense>
      </details>
    </nav>
  );
}

function LanguageLinksWithQuery({ languages }: { languages: LanguageOption[] }) {
  return <LanguageLinks languages={languages} query={Object.fromEntries(useSearchParams().entries())} />;
}

function LanguageLinks({ languages, query }: { languages: LanguageOption[]; query: Record<string, string> }) {
  const current = useLocale();
  const pathname = usePathname();
  return (
    /* Below 1280 px the list spans the screen under the header, so every language is on screen and tappable. */
    <ul className="fixed inset-x-2 top-14 z-20 grid max-h-[calc(100vh-4.5rem)] grid-cols-2 gap-1 overflow-y-auto rounded border border-stone-300 bg-white p-2 text-sm shadow-lg sm:grid-cols-3 xl:absolute xl:inset-x-auto xl:top-full xl:right-0 xl:mt-1 xl:w-80 xl:grid-cols-2">
      {languages.map(({ locale, name }) => (
        <li key={locale}>
          <Link
            href={{ pathname, query }}
            locale={locale}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === current ? "true" : undefined}
            className="block rounded px-2 py-2 hover:bg-stone-200 aria-[current]:bg-stone-800 aria-[current]:text-white"
          >
            {name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
