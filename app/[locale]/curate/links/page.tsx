import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CheckAgainButton } from "@/components/links/check-again-button";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { requireCurator } from "@/lib/curation/require-curator";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { listProblemLinks, PROBLEM_LINKS_SHOWN, type ProblemLink } from "@/lib/links/read";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Links" });
  return { title: t("title"), robots: { index: false } };
}

/** The curators' queue of failing addresses in their diasporas (lib/links), by organization, broken ones first. */
export default async function LinksPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const user = await requireCurator(locale, "/curate/links");
  const [t, reasons, format, links] = await Promise.all([
    getTranslations("Links"),
    getTranslations("Organization.linkReasons"),
    getFormatter(),
    listProblemLinks(user, locale),
  ]);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" });
  const reason = (link: ProblemLink) =>
    link.reason ? reasons(link.reason as "httpStatus", { status: link.status ?? "" }) : String(link.status ?? "");
  const byOrganization = new Map<string, ProblemLink[]>();
  for (const link of links)
    byOrganization.set(link.organization.id, [...(byOrganization.get(link.organization.id) ?? []), link]);
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-3 max-w-prose text-stone-800">
        {t("intro", { days: env.LINKS_CHECK_DAYS, count: env.LINKS_BROKEN_AFTER, hours: env.LINKS_RETRY_HOURS })}
      </p>
      {links.length === 0 ? (
        <p className="mt-6 text-stone-800" role="status">
          {t("empty")}
        </p>
      ) : (
        <>
          {links.length >= PROBLEM_LINKS_SHOWN && (
            <p className="mt-3 text-sm text-stone-700">{t("shownOf", { count: PROBLEM_LINKS_SHOWN })}</p>
          )}
          <ul className="mt-6 grid gap-4">
            {[...byOrganization.values()].map((group) => {
              const organization = group[0]!.organization;
              return (
                <li key={organization.id}>
                  <article
                    className="rounded border border-stone-300 bg-white p-4"
                    aria-labelledby={`links-${organization.id}`}
                    data-organization={organization.slug}
                  >
                    <h2 id={`links-${organization.id}`} className="text-lg font-semibold">
                      <Link href={`/organizations/${organization.slug}`} className="text-blue-900 underline">
                        <LocalizedTextView text={organization.name} pageLocale={locale} fallback={organization.slug} />
                      </Link>
                    </h2>
                    <ul className="mt-2 space-y-2">
                      {group.map((link) => (
                        <li key={link.url} data-link-state={link.broken ? "broken" : "failing"}>
                          <p className="break-all font-mono text-sm text-stone-900">{link.url}</p>
                          <p className={link.broken ? "text-sm font-medium text-red-900" : "text-sm text-stone-800"}>
                            {link.broken
                              ? t("broken", { date: day(link.failingSince) })
                              : t("failing", { date: day(link.failingSince) })}
                            {" — "}
                            {t("lastAnswer", { date: day(link.checkedAt), reason: reason(link) })}
                          </p>
                        </li>
                      ))}
                    </ul>
                    <div className="mt-3 flex flex-wrap items-start gap-3">
                      <Link
                        href={`/curate/organizations/${organization.slug}/edit`}
                        className="rounded bg-blue-800 px-3 py-1 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
                      >
                        {t("editEntry")}
                      </Link>
                      <CheckAgainButton organizationId={organization.id} />
                    </div>
                  </article>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
