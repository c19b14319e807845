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
 * Reading the query (useSearchParams) makes React render that part in the browser only; a Suspense boundary with no
 * fallback left the header without its switcher until the page's JS ran, and the header then grew a line and
 * pushed the page down (most of the layout shift Lighthouse measured). The fallback is the same menu with links
 * that keep the path but not the filters: same size, and working before (or without) JavaScript.
 */
export function LanguageSwitcher({ languages }: { languages: LanguageOption[] }) {
  return (
    <Suspense fallback={<LanguageMenu languages={languages} query={{}} />}>
      <LanguageMenuWithQuery languages={languages} />
    </Suspense>
  );
}

function LanguageMenuWithQuery({ languages }: { languages: LanguageOption[] }) {
  return <LanguageMenu languages={languages} query={Object.fromEntries(useSearchParams().entries())} />;
}

function LanguageMenu({ languages, query }: { languages: LanguageOption[]; query: Record<string, string> }) {
  const t = useTranslations("Layout");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("language")} className="relative">
      <details className="group">
        <summary className="cursor-pointer list-none rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100">
          <span className="sr-only">{t("language")}: </span>
          <span lang={current}>{languages.find((l) => l.locale === current)?.name ?? current}</span>{" "}
          <span aria-hidden="true">▾</span>
        </summary>
        <ul className="absolute right-0 z-10 mt-1 grid w-64 grid-cols-2 gap-1 rounded border border-stone-300 bg-white p-2 text-sm shadow-lg">
          {languages.map(({ locale, name }) => (
            <li key={locale}>
              <Link
                href={{ pathname, query }}
                locale={locale}
                lang={locale}
                hrefLang={locale}
                aria-current={locale === current ? "true" : undefined}
                className="block rounded px-2 py-1 hover:bg-stone-200 aria-[current]:bg-stone-800 aria-[current]:text-white"
              >
                {name}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
