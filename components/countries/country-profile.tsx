import { getTranslations } from "next-intl/server";
import { EventLinks } from "@/components/diasporas/event-links";
import { PresenceTable } from "@/components/diasporas/presence-table";
import { OrganizationList } from "@/components/organizations/organization-list";
import { SourceList } from "@/components/sources/source-list";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { HostCountry } from "@/lib/countries/types";
import { Link } from "@/lib/i18n/navigation";

export async function CountryProfile({ country: c, locale }: { country: HostCountry; locale: string }) {
  const t = await getTranslations("Country");
  return (
    <article>
      <p>
        <Link href="/countries" className="text-blue-800 underline">
          ← {t("backToList")}
        </Link>
      </p>
      <p className="mt-4 text-sm font-medium uppercase tracking-wide text-stone-600">{t("kicker")}</p>
      <h1 className="mt-1 text-3xl font-semibold leading-tight">{c.name}</h1>

      {!c.hasData ? (
        <div className="mt-6 rounded-lg border border-stone-300 bg-white p-4">
          <p>{t("empty")}</p>
          <p className="mt-3">
            <Link href="/countries" className="text-blue-800 underline">
              {t("emptyHint")}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <section className="mt-8" aria-labelledby="diasporas">
            <h2 id="diasporas" className="text-xl font-semibold">{t("diasporas")}</h2>
            {c.presences.length === 0 ? (
              <p className="mt-3 text-stone-700">{t("diasporasEmpty")}</p>
            ) : (
              <PresenceTable
                labelledBy="diasporas"
                locale={locale}
                headers={{ subject: t("diaspora"), population: t("population"), year: t("year"), note: t("note"), source: t("source"), populationUnknown: t("populationUnknown") }}
                rows={c.presences.map((p) => ({
                  ...p,
                  key: `${p.diaspora.slug}-${p.year ?? ""}`,
                  subject: (
                    <Link href={`/diasporas/${p.diaspora.slug}`} className="text-blue-800 underline-offset-4 hover:underline">
                      <LocalizedTextView text={p.diaspora.name} pageLocale={locale} fallback={p.diaspora.slug} />
                    </Link>
                  ),
                }))}
              />
            )}
          </section>

          <section className="mt-8" aria-labelledby="organizations">
            <h2 id="organizations" className="text-xl font-semibold">{t("organizations")}</h2>
            {c.organizations.length === 0 ? (
              <p className="mt-3 text-stone-700">{t("organizationsEmpty")}</p>
            ) : (
              <>
                <OrganizationList items={c.organizations} locale={locale} />
                <p className="mt-3">
                  <Link href={{ pathname: "/organizations", query: { country: c.code } }} className="text-blue-800 underline">
                    {t("filterOrganizations")}
                  </Link>
                </p>
              </>
            )}
          </section>

          <section className="mt-8" aria-labelledby="events">
            <h2 id="events" className="text-xl font-semibold">{t("events")}</h2>
            {c.events.length === 0 ? <p className="mt-3 text-stone-700">{t("eventsEmpty")}</p> : <EventLinks events={c.events} locale={locale} showCountry={false} />}
          </section>

          {c.citations.length > 0 ? (
            <section className="mt-8" aria-labelledby="sources">
              <h2 id="sources" className="text-xl font-semibold">{t("sources")}</h2>
              <SourceList citations={c.citations} />
            </section>
          ) : null}
        </>
      )}
    </article>
  );
}
