import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SubscriptionCard } from "@/components/subscriptions/subscription-card";
import { can, hasRole } from "@/lib/auth/permissions";
import { requireCurator } from "@/lib/curation/require-curator";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { getSubscription } from "@/lib/subscriptions/read";

type Props = { params: Promise<{ locale: string; id: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const cell = "border-b border-stone-200 px-2 py-2 align-top";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  return { title: t("details"), robots: { index: false } };
}

export default async function SubscriptionPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const user = await requireCurator(locale, `/curate/subscriptions/${id}`);
  // Out of the curator's scope reads as absent, like an unknown id.
  const found = UUID.test(id) ? await getSubscription(user, id, locale) : null;
  if (!found) notFound();
  const [t, importErrors, format] = await Promise.all([
    getTranslations("Subscriptions"),
    getTranslations("ImportIcal.errors"),
    getFormatter(),
  ]);
  const canReview = hasRole(user, "MODERATOR") || hasRole(user, "ADMIN");
  const problem = (code: string) =>
    importErrors.has(code as "invalid") ? importErrors(code as "invalid") : importErrors("invalid");
  return (
    <>
      <p className="text-sm">
        <Link href="/curate/subscriptions" className="text-blue-900 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-2 text-title font-semibold">{t("details")}</h1>
      <div className="mt-4">
        <SubscriptionCard
          sub={found.subscription}
          locale={locale}
          canTrust={can(user, "trust:subscription")}
          headingLevel={2}
          detailsLink={false}
        />
      </div>
      <h2 id="items-heading" className="mt-8 text-xl font-semibold">
        {t("itemsHeading")}
      </h2>
      {found.items.length === 0 ? (
        <p className="mt-2">{t("noItems")}</p>
      ) : (
        // On a phone the table scrolls sideways in its own box, which the keyboard can reach.
        <div role="group" aria-labelledby="items-heading" tabIndex={0} className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  {t("event")}
                </th>
                <th scope="col" className={cell}>
                  {t("date")}
                </th>
                <th scope="col" className={cell}>
                  {t("state")}
                </th>
              </tr>
            </thead>
            <tbody>
              {found.items.map((item) => (
                <tr key={item.uid}>
                  {/* The title as the calendar gives it, in the calendar's language. */}
                  <td className={cell} lang={item.title ? found.subscription.locale : undefined}>
                    {item.eventSlug ? (
                      <Link href={`/events/${item.eventSlug}`} className="text-blue-900 underline">
                        {item.title ?? t("untitled")}
                      </Link>
                    ) : (
                      (item.title ?? t("untitled"))
                    )}
                  </td>
                  <td className={cell}>{item.start ?? "—"}</td>
                  <td className={cell}>
                    {item.state === "gone" && item.goneSince
                      ? t("states.gone", { when: format.dateTime(item.goneSince, { dateStyle: "medium" }) })
                      : t(`states.${item.state}`)}
                    {item.state === "problem" && (
                      <ul className="mt-1 list-disc pl-5">
                        {item.problems.map((code) => (
                          <li key={code}>{problem(code)}</li>
                        ))}
                      </ul>
                    )}
                    {item.state === "pending" && item.revisionId && canReview && (
                      <>
                        {" "}
                        <Link href={`/moderate#rev-${item.revisionId}`} className="text-blue-900 underline">
                          {t("reviewLink")}
                        </Link>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
