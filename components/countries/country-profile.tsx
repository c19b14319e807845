import { getTranslations } from "next-intl/server";
import { PresenceTable } from "@/components/diasporas/presence-table";
import { RelatedEntries, relatedLabels } from "@/components/diasporas/related-entries";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { HostCountry } from "@/lib/countries/types";
import { Link } from "@/lib/i18n/navigation";

export async function CountryProfile({ country: c, locale }: { country: HostCountry; locale: string }) {
  const [t, tp] = await Promise.all([getTranslations("Country"), getTranslations("Provenance")]);
  return (
    <article>
      <p>
        <Link href="/countries" className="text-blue-800 underline">
          ← {t("backToList")}
        </Link>
      </p>
      <p className="mt-4 text-sm font-medium uppercase tracking-wide text-stone-600">{t("kicker")}</p>
      <h1 className="mt-1 text-title font-semibold leading-tight">{c.name}</h1>

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
            <h2 id="diasporas" className="text-xl font-semibold">
              {t("diasporas")}
            </h2>
            {c.presences.length === 0 ? (
              <p className="mt-3 text-stone-700">{t("diasporasEmpty")}</p>
            ) : (
              <PresenceTable
                labelledBy="diasporas"
                locale={locale}
                headers={{
                  subject: t("diaspora"),
                  population: t("population"),
                  year: t("year"),
                  note: t("note"),
                  source: t("source"),
                  populationUnknown: t("populationUnknown"),
                  inferredFrom: tp("inferredFrom"),
                }}
                rows={c.presences.map((p) => ({
                  ...p,
                  key: `${p.diaspora.slug}-${p.year ?? ""}`,
                  subject: (
                    <Link
                      href={`/diasporas/${p.diaspora.slug}`}
                      className="text-blue-800 underline-offset-4 hover:underline"
                    >
                      <LocalizedTextView text={p.diaspora.name} pageLocale={locale} fallback={p.diaspora.slug} />
                    </Link>
                  ),
                }))}
              />
            )}
          </section>

          <RelatedEntries
            organizations={c.organizations}
            organizationFilter={{ country: c.code }}
            events={c.events}
            showEventCountry={false}
            citations={c.citations}
            labels={relatedLabels(t)}
            locale={locale}
          />
        </>
      )}
    </article>
  );
}
