import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { HostCountryItem } from "@/lib/countries/types";
import { Link } from "@/lib/i18n/navigation";
import type { Overview } from "@/lib/overview/get-overview";

type Props = { overview: Overview; countries: HostCountryItem[]; locale: string };

export async function HomeOverview({ overview, countries, locale }: Props) {
  const [t, format] = await Promise.all([getTranslations("Home"), getFormatter()]);
  const stats = [
    ["organizations", overview.counts.organizations],
    ["diasporas", overview.counts.diasporas],
    ["hostCountries", overview.counts.hostCountries],
    ["events", overview.counts.events],
  ] as const;
  return (
    <>
      <section aria-label={t("statsLabel")} className="mt-8">
        <dl className="grid gap-2 sm:grid-cols-2 sm:gap-4 lg:grid-cols-4">
          {stats.map(([key, count]) => (
            <div
              key={key}
              className="flex flex-row-reverse items-baseline justify-end gap-3 rounded-lg border border-stone-300 bg-white px-4 py-2 sm:flex-col-reverse sm:items-start sm:justify-start sm:gap-0 sm:p-4"
            >
              <dt className="text-stone-700">{t(key, { count })}</dt>
              <dd className="text-2xl font-semibold tabular-nums sm:text-3xl">{format.number(count)}</dd>
            </div>
          ))}
        </dl>
        <Link
          href="/organizations"
          className="mt-6 inline-block rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900"
        >
          {t("browseAll")}
        </Link>
        {overview.counts.relatedInstitutions > 0 ? (
          <Link
            href={{ pathname: "/organizations", query: { category: "RELATED_INSTITUTION" } }}
            className="ml-4 mt-6 inline-block text-blue-800 underline"
          >
            {t("relatedInstitutions", { count: format.number(overview.counts.relatedInstitutions) })}
          </Link>
        ) : null}
      </section>
      <section className="mt-10" aria-labelledby="diasporas-heading">
        <h2 id="diasporas-heading" className="text-xl font-semibold">
          {t("diasporasHeading")}
        </h2>
        <ul className="mt-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {overview.diasporas.map((d) => (
            <li key={d.slug} className="rounded border border-stone-300 bg-white px-3 py-2">
              <Link
                href={`/diasporas/${d.slug}`}
                className="font-medium text-blue-800 underline-offset-4 hover:underline"
              >
                <LocalizedTextView text={d.name} pageLocale={locale} fallback={d.slug} />
              </Link>
              <span className="block text-sm text-stone-600">{t("organizationCount", { count: d.organizations })}</span>
            </li>
          ))}
        </ul>
        <Link href="/diasporas" className="mt-4 inline-block text-blue-800 underline">
          {t("allDiasporas")}
        </Link>
      </section>
      <section className="mt-10" aria-labelledby="countries-heading">
        <h2 id="countries-heading" className="text-xl font-semibold">
          {t("countriesHeading")}
        </h2>
        <ul className="mt-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {countries.map((c) => (
            <li key={c.code} className="rounded border border-stone-300 bg-white px-3 py-2">
              <Link
                href={`/countries/${c.code}`}
                className="font-medium text-blue-800 underline-offset-4 hover:underline"
              >
                {c.name}
              </Link>
              <span className="block text-sm text-stone-600">
                {t("countryOrganizations", { count: c.organizations })}
              </span>
            </li>
          ))}
        </ul>
        <Link href="/countries" className="mt-4 inline-block text-blue-800 underline">
          {t("browseCountries")}
        </Link>
      </section>
    </>
  );
}
