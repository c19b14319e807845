"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

function endonym(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A disclosure listing every UI language, each linking to the same page with the same filters. */
export function LanguageSwitcher() {
  const t = useTranslations("Layout");
  const current = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
  return (
    <nav aria-label={t("language")} className="relative">
      <details className="group">
        <summary className="cursor-pointer list-none rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100">
          <span className="sr-only">{t("language")}: </span>
          <span lang={current}>{endonym(current)}</span> <span aria-hidden="true">▾</span>
        </summary>
        <ul className="absolute right-0 z-10 mt-1 grid w-64 grid-cols-2 gap-1 rounded border border-stone-300 bg-white p-2 text-sm shadow-lg">
          {routing.locales.map((locale) => (
            <li key={locale}>
              <Link
                href={{ pathname, query }}
                locale={locale}
                lang={locale}
                hrefLang={locale}
                aria-current={locale === current ? "true" : undefined}
                className="block rounded px-2 py-1 hover:bg-stone-200 aria-[current]:bg-stone-800 aria-[current]:text-white"
              >
                {endonym(locale)}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
