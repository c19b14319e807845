import { getTranslations } from "next-intl/server";
import type { EventFilters, EventWhen } from "@/lib/events/filters";
import { eventFeedPath, organizationFeedPath } from "@/lib/feeds/feed-links";
import type { Locale } from "@/lib/i18n/routing";
import type { OrganizationFilters } from "@/lib/organizations/filters";

const box = "mt-10 rounded border border-stone-300 bg-white px-4 py-3";
const link = "text-blue-800 underline";

/** "Subscribe to these events": the list's filter set as a calendar and as a news feed. Plain links. */
export async function EventFeedLinks({
  locale,
  filters,
  when,
}: {
  locale: Locale;
  filters: EventFilters;
  when: EventWhen;
}) {
  const t = await getTranslations("Feeds");
  return (
    <aside aria-labelledby="feeds-heading" className={box}>
      <h2 id="feeds-heading" className="font-medium">
        {t("subscribeEvents")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <a href={eventFeedPath(locale, "ics", filters, when)} type="text/calendar" className={link}>
            {t("ics")}
          </a>
        </li>
        <li>
          <a href={eventFeedPath(locale, "atom", filters, when)} type="application/atom+xml" className={link}>
            {t("atom")}
          </a>
        </li>
      </ul>
      <p className="mt-2 text-sm text-stone-700">{t("subscribeHint")}</p>
    </aside>
  );
}

/** The news feed of newly published organizations matching the list's filters. */
export async function OrganizationFeedLink({ locale, filters }: { locale: Locale; filters: OrganizationFilters }) {
  const t = await getTranslations("Feeds");
  return (
    <aside aria-labelledby="feeds-heading" className={box}>
      <h2 id="feeds-heading" className="font-medium">
        {t("subscribeOrganizations")}
      </h2>
      <p className="mt-2">
        <a href={organizationFeedPath(locale, filters)} type="application/atom+xml" className={link}>
          {t("organizationsAtom")}
        </a>
      </p>
      <p className="mt-2 text-sm text-stone-700">{t("organizationsHint")}</p>
    </aside>
  );
}
