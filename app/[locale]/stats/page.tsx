import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChartView } from "@/components/stats/chart-view";
import { LinkCheckTables } from "@/components/stats/link-check-tables";
import { PresenceSummary } from "@/components/stats/presence-summary";
import { StatsFilters } from "@/components/stats/stats-filters";
import { IgnoredFilters } from "@/components/ui/ignored-filters";
import { getStats, listDiasporas, listHostCountries, listSourceFigures } from "@/lib/cache/public-reads";
import { FigureCard } from "@/components/sources/figure-card";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";
import type { ChartId } from "@/lib/stats/charts";
import { numberFormats } from "@/lib/stats/format";
import { parseStatsQuery, scopeToQuery } from "@/lib/stats/scope";
import type { SearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Stats" });
  return pageMetadata({ locale, pathname: "/stats", title: t("title"), description: t("description") });
}

const SECTIONS: {
  id: string;
  heading: "Stats.presenceHeading" | "Layout.organizations" | "Layout.events";
  charts: ChartId[];
}[] = [
  {
    id: "digital-presence",
    heading: "Stats.presenceHeading",
    charts: ["digital-presence-by-diaspora", "digital-presence-by-country"],
  },
  {
    id: "organizations",
    heading: "Layout.organizations",
    charts: [
      "organizations-by-country",
      "organizations-by-diaspora",
      "organizations-by-type",
      "organizations-by-group",
      "organizations-by-founding-decade",
    ],
  },
  { id: "events", heading: "Layout.events", charts: ["events-by-year"] },
];

export default async function StatsPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { scope, ignored } = parseStatsQuery(await searchParams);
  const [t, stats, diasporas, countries, figures] = await Promise.all([
    getTranslations(),
    getStats(scope, locale),
    listDiasporas(locale),
    listHostCountries(locale),
    listSourceFigures(locale),
  ]);
  const f = numberFormats(locale);
  const query = new URLSearchParams(scopeToQuery(scope)).toString();
  const csvHref = (id: ChartId | "presence-over-time" | "site-languages") =>
    `/${locale}/stats/${id}.csv${query ? `?${query}` : ""}`;
  const presence = stats.charts["digital-presence-by-diaspora"];
  return (
    <>
      <h1 className="text-title font-semibold">{t("Stats.title")}</h1>
      <p className="mt-4 max-w-3xl text-lg text-stone-700">{t("Stats.intro")}</p>
      <div className="mt-6">
        <StatsFilters
          scope={scope}
          diasporas={diasporas
            .filter((d) => d.organizations > 0)
            .map((d) => ({ value: d.slug, label: d.name?.value ?? d.slug }))}
          countries={countries.filter((c) => c.organizations > 0).map((c) => ({ value: c.code, label: c.name }))}
        />
        <IgnoredFilters names={ignored.map((key) => t(`Organizations.filter.${key}`))} />
        <p className="mt-3 text-stone-800" role="status">
          {t("Stats.scope", { organizations: f.count(stats.organizations), events: f.count(stats.events) })}{" "}
          <Link
            href={{ pathname: "/organizations", query: scopeToQuery(scope) }}
            className="text-blue-800 underline underline-offset-4"
          >
            {t("Stats.openList")}
          </Link>
        </p>
      </div>
      <nav aria-labelledby="stats-contents" className="mt-6 rounded-lg border border-stone-300 bg-white px-4 py-3">
        <h2 id="stats-contents" className="font-medium">
          {t("Stats.onThisPage")}
        </h2>
        <ul className="mt-1 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          {SECTIONS.flatMap((s) => s.charts).map((id) => (
            <li key={id}>
              <a href={`#${id}`} className="text-blue-800 underline-offset-4 hover:underline">
                {t(`Stats.chart.${id}`)}
              </a>
            </li>
          ))}
          <li>
            <a href="#link-checks" className="text-blue-800 underline-offset-4 hover:underline">
              {t("Stats.linksHeading")}
            </a>
          </li>
          {figures.length ? (
            <li>
              <a href="#source-figures" className="text-blue-800 underline-offset-4 hover:underline">
                {t("Stats.figuresHeading")}
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
      {stats.organizations + stats.events === 0 ? <p className="mt-8">{t("Stats.empty")}</p> : null}
      {SECTIONS.map((section) => (
        <section
          key={section.id}
          id={section.id}
          aria-labelledby={`${section.id}-heading`}
          className="mt-12 border-t border-stone-300 pt-6"
        >
          <h2 id={`${section.id}-heading`} className="text-2xl font-semibold">
            {t(section.heading)}
          </h2>
          {section.id === "digital-presence" ? (
            <>
              <p className="mt-3 max-w-3xl text-stone-800">{t("Stats.presenceIntro")}</p>
              {presence.kind === "presence" ? <PresenceSummary counts={presence.all} locale={locale} /> : null}
              <p className="mt-3 max-w-3xl text-sm text-stone-700">{t("Stats.presenceCaveat")}</p>
            </>
          ) : section.id === "organizations" ? (
            <p className="mt-3 max-w-3xl text-sm text-stone-700">{t("Stats.multiCount")}</p>
          ) : null}
          {section.charts.map((id) => (
            <ChartView key={id} chart={stats.charts[id]} locale={locale} csvHref={csvHref(id)} />
          ))}
        </section>
      ))}
      <section id="link-checks" aria-labelledby="link-checks-heading" className="mt-12 border-t border-stone-300 pt-6">
        <h2 id="link-checks-heading" className="text-2xl font-semibold">
          {t("Stats.linksHeading")}
        </h2>
        <p className="mt-3 max-w-3xl text-stone-800">{t("Stats.linksIntro", { days: env.LINKS_CHECK_DAYS })}</p>
        <LinkCheckTables links={stats.links} formats={f} csvHref={csvHref} />
      </section>
      {figures.length ? (
        // What the sources state, apart from the atlas's own counts above: the filters do not apply to them.
        <section
          id="source-figures"
          aria-labelledby="source-figures-heading"
          className="mt-12 border-t border-stone-300 pt-6"
        >
          <h2 id="source-figures-heading" className="text-2xl font-semibold">
            {t("Stats.figuresHeading")}
          </h2>
          <p className="mt-3 max-w-3xl text-stone-800">{t("Stats.figuresIntro")}</p>
          <div className="mt-4 grid gap-4 lg:grid-cols-2">
            {figures.map((figure) => (
              <FigureCard key={figure.key} figure={figure} locale={locale} showSource />
            ))}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="about-heading" className="mt-12 border-t border-stone-300 pt-6">
        <h2 id="about-heading" className="text-2xl font-semibold">
          {t("Stats.aboutHeading")}
        </h2>
        <p className="mt-3 max-w-3xl text-stone-800">{t("Stats.aboutPublished")}</p>
        <p className="mt-2 max-w-3xl text-stone-800">{t("Stats.aboutCsv")}</p>
      </section>
    </>
  );
}
