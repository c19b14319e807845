import { getTranslations } from "next-intl/server";
import { CopyButton } from "@/components/citations/copy-button";
import { webcalUrl } from "@/lib/events/calendar-links";
import type { EventFilters, EventWhen } from "@/lib/events/filters";
import { absolute, eventFeedPath, organizationFeedPath } from "@/lib/feeds/feed-links";
import type { Locale } from "@/lib/i18n/routing";
import type { OrganizationFilters } from "@/lib/organizations/filters";

const box = "mt-10 rounded border border-stone-300 bg-white px-4 py-3";
const link = "text-blue-800 underline";
const row = "flex flex-wrap items-center gap-x-4 gap-y-1";

type Translate = Awaited<ReturnType<typeof getTranslations<"Feeds">>>;

/**
 * One feed: its link, for calendars a webcal:// link (which calendar apps open as a subscription, where the
 * http address would only download the file once), and a button copying the address to paste into an app.
 */
function FeedRow({ t, path, type, name }: { t: Translate; path: string; type: string; name: string }) {
  const address = absolute(path);
  return (
    <li className={row}>
      <a href={path} type={type} className={link}>
        {name}
      </a>
      {type === "text/calendar" ? (
        <a href={webcalUrl(address)} className={link}>
          {t("webcal")}
        </a>
      ) : null}
      <CopyButton text={address} label={t("copyAddressOf", { feed: name })} buttonText={t("copyAddress")} />
    </li>
  );
}

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
      <ul className="mt-2 space-y-2">
        <FeedRow t={t} path={eventFeedPath(locale, "ics", filters, when)} type="text/calendar" name={t("ics")} />
        <FeedRow
          t={t}
          path={eventFeedPath(locale, "atom", filters, when)}
          type="application/atom+xml"
          name={t("atom")}
        />
      </ul>
      <p className="mt-2 text-sm text-stone-700">{t("subscribeHint")}</p>
      <p className="mt-2">
        <a href={digestPath(locale, filters)} className={link}>
          {t("mailDigest")}
        </a>
      </p>
    </aside>
  );
}

/** The weekly mail's sign-up with the list's diaspora, country and city filters chosen. */
function digestPath(locale: Locale, filters: EventFilters): string {
  const query = new URLSearchParams({
    ...(filters.diaspora ? { diaspora: filters.diaspora } : {}),
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.city ? { city: filters.city } : {}),
  }).toString();
  return `/${locale}/subscribe${query ? `?${query}` : ""}`;
}

/** The news feed of newly published organizations matching the list's filters. */
export async function OrganizationFeedLink({ locale, filters }: { locale: Locale; filters: OrganizationFilters }) {
  const t = await getTranslations("Feeds");
  return (
    <aside aria-labelledby="feeds-heading" className={box}>
      <h2 id="feeds-heading" className="font-medium">
        {t("subscribeOrganizations")}
      </h2>
      <ul className="mt-2">
        <FeedRow
          t={t}
          path={organizationFeedPath(locale, filters)}
          type="application/atom+xml"
          name={t("organizationsAtom")}
        />
      </ul>
      <p className="mt-2 text-sm text-stone-700">{t("organizationsHint")}</p>
    </aside>
  );
}
