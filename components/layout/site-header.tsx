import { getTranslations } from "next-intl/server";
import { SiteSearchForm } from "@/components/search/search-form";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu } from "./user-menu";

function endonym(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

const sections = [
  { href: "/organizations", label: "organizations" },
  { href: "/events", label: "events" },
  { href: "/diasporas", label: "diasporas" },
  { href: "/countries", label: "countries" },
  { href: "/stats", label: "stats" },
  { href: "/map", label: "map" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const meta = await getTranslations("Meta");
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-stone-900">
          {meta("title")}
        </Link>
        <nav aria-label={t("mainNavigation")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {sections.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} className="text-stone-800 underline-offset-4 hover:underline">
                  {t(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SiteSearchForm />
        <div className="flex items-center gap-3">
          <LanguageSwitcher languages={routing.locales.map((locale) => ({ locale, name: endonym(locale) }))} />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
