import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubscribeForm } from "@/components/subscriptions/subscription-forms";
import { SubscriptionCard } from "@/components/subscriptions/subscription-card";
import { can } from "@/lib/auth/permissions";
import { requireCurator } from "@/lib/curation/require-curator";
import { EventType } from "@/lib/events/enums";
import { env } from "@/lib/env";
import { languageEndonym } from "@/lib/i18n/display-names";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { loadOrganizerChoices, organizationChoice } from "@/lib/organizations/organizer-choices";
import { listSubscriptions } from "@/lib/subscriptions/read";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SubscriptionsPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const user = await requireCurator(locale, "/curate/subscriptions");
  const [t, enums, subscriptions, organizers] = await Promise.all([
    getTranslations("Subscriptions"),
    getTranslations("Enums.EventType"),
    listSubscriptions(user, locale),
    loadOrganizerChoices(user, locale),
  ]);
  const lookup = organizers.lookup
    ? `/api/choices/organizations?${new URLSearchParams({
        locale,
        ...(organizers.lookup.diasporaIds ? { diasporas: organizers.lookup.diasporaIds.join(",") } : {}),
      })}`
    : undefined;
  return (
    <>
      <h1 className="text-title font-semibold">{t("title")}</h1>
      <p className="mt-3 max-w-prose text-stone-800">{t("intro", { hours: env.SUBSCRIPTIONS_POLL_HOURS })}</p>
      <section aria-labelledby="subscribe-heading" className="mt-6">
        <h2 id="subscribe-heading" className="text-xl font-semibold">
          {t("addHeading")}
        </h2>
        <SubscribeForm
          organizations={organizers.choices.map(organizationChoice)}
          organizationLookup={lookup}
          languages={routing.locales.map((code) => ({ value: code, label: languageEndonym(code), lang: code }))}
          eventTypes={Object.values(EventType).map((type) => ({ value: type, label: enums(type) }))}
          defaultLocale={locale}
        />
      </section>
      <section aria-labelledby="subscriptions-heading" className="mt-8">
        <h2 id="subscriptions-heading" className="text-xl font-semibold">
          {t("listHeading")}
        </h2>
        {subscriptions.length === 0 ? (
          <p className="mt-2 text-stone-800">{t("empty")}</p>
        ) : (
          <ul className="mt-3 grid gap-4">
            {subscriptions.map((sub) => (
              <li key={sub.id}>
                <SubscriptionCard sub={sub} locale={locale} canTrust={can(user, "trust:subscription")} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
