import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { SiteSearchForm } from "@/components/search/search-form";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-stone-900">
          {t("Meta.title")}
        </Link>
        <nav aria-label={t("Layout.mainNavigation")}>
          <ul className="flex gap-4">
            <li>
              <Link href="/organizations" className="text-stone-800 underline-offset-4 hover:underline">
                {t("Layout.organizations")}
              </Link>
            </li>
          </ul>
        </nav>
        <SiteSearchForm />
        <Suspense>
          <LanguageSwitcher />
        </Suspense>
      </div>
    </header>
  );
}
