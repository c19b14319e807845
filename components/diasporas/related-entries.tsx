import { getTranslations } from "next-intl/server";
import { OrganizationList } from "@/components/organizations/organization-list";
import { SourceList } from "@/components/sources/source-list";
import type { EventRef } from "@/lib/diasporas/types";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationSummary } from "@/lib/organizations/types";
import type { Citation } from "@/lib/sources/citation";
import { EventLinks } from "./event-links";

const LABEL_KEYS = [
  "organizations",
  "organizationsEmpty",
  "filterOrganizations",
  "events",
  "eventsEmpty",
  "sources",
] as const;

type Labels = Record<(typeof LABEL_KEYS)[number], string>;

/** The section labels from a page's own namespace (Country or Diaspora share these keys). */
export function relatedLabels(t: (key: (typeof LABEL_KEYS)[number]) => string): Labels {
  return Object.fromEntries(LABEL_KEYS.map((key) => [key, t(key)])) as Labels;
}

type Props = {
  organizations: OrganizationSummary[];
  /** The organization list's filter that shows the same organizations, e.g. { country: "RU" }. */
  organizationFilter: Record<string, string>;
  events: EventRef[];
  showEventCountry: boolean;
  citations: Citation[];
  labels: Labels;
  locale: string;
};

/**
 * What a diaspora or host-country page lists after its own facts: its diaspora organizations (as many as the list
 * filtered the same way shows), the related institutions apart, events and sources.
 */
export async function RelatedEntries({
  organizations,
  organizationFilter,
  events,
  showEventCountry,
  citations,
  labels,
  locale,
}: Props) {
  const t = await getTranslations("Organizations");
  const diasporaOrganizations = organizations.filter((o) => o.category === "DIASPORA_ORGANIZATION");
  const institutions = organizations.filter((o) => o.category === "RELATED_INSTITUTION");
  return (
    <>
      <section className="mt-8" aria-labelledby="organizations">
        <h2 id="organizations" className="text-xl font-semibold">
          {labels.organizations}
        </h2>
        {diasporaOrganizations.length === 0 ? (
          <p className="mt-3 text-stone-700">{labels.organizationsEmpty}</p>
        ) : (
          <>
            <OrganizationList items={diasporaOrganizations} locale={locale} />
            <p className="mt-3">
              <Link
                href={{ pathname: "/organizations", query: organizationFilter }}
                className="text-blue-800 underline"
              >
                {labels.filterOrganizations}
              </Link>
            </p>
          </>
        )}
      </section>

      {institutions.length > 0 ? (
        <section className="mt-8" aria-labelledby="related-institutions">
          <h2 id="related-institutions" className="text-xl font-semibold">
            {t("tab.RELATED_INSTITUTION")}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-stone-700">{t("relatedIntro")}</p>
          <OrganizationList items={institutions} locale={locale} />
          <p className="mt-3">
            <Link
              href={{ pathname: "/organizations", query: { ...organizationFilter, category: "RELATED_INSTITUTION" } }}
              className="text-blue-800 underline"
            >
              {labels.filterOrganizations}
            </Link>
          </p>
        </section>
      ) : null}

      <section className="mt-8" aria-labelledby="events">
        <h2 id="events" className="text-xl font-semibold">
          {labels.events}
        </h2>
        {events.length === 0 ? (
          <p className="mt-3 text-stone-700">{labels.eventsEmpty}</p>
        ) : (
          <EventLinks events={events} locale={locale} showCountry={showEventCountry} />
        )}
      </section>

      {citations.length > 0 ? (
        <section className="mt-8" aria-labelledby="sources">
          <h2 id="sources" className="text-xl font-semibold">
            {labels.sources}
          </h2>
          <SourceList citations={citations} />
        </section>
      ) : null}
    </>
  );
}
