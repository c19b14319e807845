// One calendar subscription as its managers see it: whose calendar, its address and language, how its last read
// went (or why it failed, and when the next attempt is), how its events stand, and its buttons.
import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { languageName } from "@/lib/i18n/display-names";
import type { ItemState, SubscriptionRow } from "@/lib/subscriptions/read";
import { SubscriptionButtons } from "./subscription-forms";

const STATES: ItemState[] = ["pending", "published", "rejected", "problem", "gone"];

export async function SubscriptionCard({
  sub,
  locale,
  canTrust,
  headingLevel = 3,
  detailsLink = true,
}: {
  sub: SubscriptionRow;
  locale: string;
  canTrust: boolean;
  headingLevel?: 2 | 3;
  detailsLink?: boolean;
}) {
  const [t, errors, format] = await Promise.all([
    getTranslations("Subscriptions"),
    getTranslations("Subscriptions.errors"),
    getFormatter(),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const errorText = (code: string) => errors((errors.has(code as "unknown") ? code : "unknown") as "unknown");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const counts = STATES.filter((s) => sub.counts[s] > 0);
  return (
    <article className="rounded border border-stone-300 bg-white p-4" aria-labelledby={`sub-${sub.id}`}>
      <Heading id={`sub-${sub.id}`} className="text-lg font-semibold">
        <Link href={`/organizations/${sub.organization.slug}`} className="text-blue-900 underline">
          <LocalizedTextView text={sub.organization.name} pageLocale={locale} fallback={sub.organization.slug} />
        </Link>
      </Heading>
      <p className="mt-1 break-all font-mono text-sm text-stone-800">{sub.url}</p>
      <p className="mt-1 text-sm text-stone-700">
        {t("fields.locale")}: {languageName(sub.locale, locale)}
        {sub.trusted && <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-green-950">{t("trusted")}</span>}
        {sub.paused && <span className="ml-2 rounded bg-stone-200 px-2 py-0.5 text-stone-900">{t("paused")}</span>}
      </p>
      {sub.lastError && sub.lastErrorAt ? (
        <div role="status" className="mt-2 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-sm text-red-900">
          <p>{t("failing", { when: when(sub.lastErrorAt!), error: errorText(sub.lastError) })}</p>
          <p>{t("failures", { count: sub.failures, next: when(sub.nextPollAt) })}</p>
        </div>
      ) : (
        <p className="mt-2 text-sm">
          {sub.lastSuccessAt
            ? t("lastRead", { when: when(sub.lastSuccessAt!), next: when(sub.nextPollAt) })
            : t("neverRead")}
        </p>
      )}
      {counts.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {counts.map((state) => (
            <li key={state}>{t(`counts.${state}`, { count: sub.counts[state] })}</li>
          ))}
        </ul>
      )}
      {detailsLink && (
        <p className="mt-2 text-sm">
          <Link href={`/curate/subscriptions/${sub.id}`} className="text-blue-900 underline">
            {t("details")}
          </Link>
        </p>
      )}
      <SubscriptionButtons id={sub.id} paused={sub.paused} trusted={sub.trusted} canTrust={canTrust} />
    </article>
  );
}
