"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

function endonym(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Links to the same page, with the same filters, in every UI language. */
export function LanguageSwitcher() {
  const t = useTranslations("Layout");
  const current = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
  return (
    <nav aria-label={t("language")}>
      <ul className="flex flex-wrap gap-1 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={{ pathname, query }}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="rounded px-2 py-1 hover:bg-stone-200 aria-[current]:bg-stone-800 aria-[current]:text-white"
            >
              {endonym(locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
