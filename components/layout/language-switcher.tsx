"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export type LanguageOption = { locale: Locale; name: string };

/**
 * A disclosure listing every UI language by its own name, each linking to the same page with the same filters.
 * The names come from the server, whose ICU data knows every language (browsers' may not).
 */
export function LanguageSwitcher({ languages }: { languages: LanguageOption[] }) {
  const t = useTranslations("Layout");
  const current = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
  return (
    <nav aria-label={t("language")} className="relative">
      <details className="group">
        <summary className="cursor-pointer list-none rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100">
          <span className="sr-only">{t("language")}: </span>
          <span lang={current}>{languages.find((l) => l.locale === current)?.name ?? current}</span> <span aria-hidden="true">▾</span>
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
