import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

const inputClass = "rounded border border-stone-400 bg-white px-2 py-1.5 text-stone-900";
const buttonClass = "rounded bg-blue-800 px-3 py-1.5 font-medium text-white hover:bg-blue-900";

/** The search page's form: a plain GET form with a visible label and a hint. */
export async function SearchForm({ query }: { query: string }) {
  const [t, locale] = await Promise.all([getTranslations("Search"), getLocale()]);
  return (
    <form
      action={getPathname({ locale, href: "/search" })}
      method="get"
      role="search"
      aria-label={t("inputLabel")}
      className="mt-4 max-w-2xl sm:mt-6"
    >
      <label htmlFor="search-q" className="block font-medium">
        {t("inputLabel")}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="search-q-hint"
          className={`${inputClass} min-w-0 flex-1`}
        />
        <button type="submit" className={buttonClass}>
          {t("submit")}
        </button>
      </div>
      <p id="search-q-hint" className="mt-1 text-sm text-stone-600">
        {t("hint")}
      </p>
    </form>
  );
}

/** The header's compact search box, on every page; submits to the search page without JavaScript. */
export async function SiteSearchForm() {
  const [t, locale] = await Promise.all([getTranslations("Search"), getLocale()]);
  return (
    <form
      action={getPathname({ locale, href: "/search" })}
      method="get"
      role="search"
      aria-label={t("siteSearch")}
      className="flex gap-1"
    >
      <label htmlFor="site-search-q" className="sr-only">
        {t("siteSearch")}
      </label>
      <input
        id="site-search-q"
        name="q"
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        className={`${inputClass} w-40 text-sm sm:w-52`}
      />
      <button type="submit" className={`${buttonClass} text-sm`}>
        {t("submit")}
      </button>
    </form>
  );
}
