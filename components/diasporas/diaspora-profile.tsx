import { getFormatter, getTranslations } from "next-intl/server";
import { CitationRefs, citationsFor } from "@/components/sources/citation-refs";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { DiasporaProfile as Profile } from "@/lib/diasporas/types";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import { PresenceTable } from "./presence-table";
import { ProvenanceNote, translatesAnother } from "@/components/sources/provenance-note";
import { RelatedEntries, relatedLabels } from "./related-entries";

const linkClass = "text-blue-800 underline-offset-4 hover:underline";

export async function DiasporaProfile({ diaspora: d, locale }: { diaspora: Profile; locale: string }) {
  const [t, tp, format] = await Promise.all([
    getTranslations("Diaspora"),
    getTranslations("Provenance"),
    getFormatter(),
  ]);
  const refs = (...facts: string[]) => <CitationRefs numbers={citationsFor(d.citations, ...facts)} />;
  return (
    <article>
      <p>
        <Link href="/diasporas" className="text-blue-800 underline">
          ← {t("backToList")}
        </Link>
      </p>
      <h1 className="mt-4 text-title font-semibold leading-tight">
        <LocalizedTextView text={d.name} pageLocale={locale} fallback={d.slug} />
      </h1>
      {d.description ? (
        <p className="mt-4 max-w-3xl text-lg text-stone-800">
          <LocalizedTextView text={d.description} pageLocale={locale} />
          {refs("descriptions", "description")}
        </p>
      ) : null}

      <dl className="mt-8 grid gap-x-6 gap-y-3 rounded-lg border border-stone-300 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium text-stone-700">{t("names")}</dt>
        <dd>
          <ul>
            {d.names.map((n) => (
              <li key={n.locale}>
                <span lang={n.locale}>{n.value}</span>{" "}
                <span className="text-sm text-stone-600">
                  ({languageName(n.locale, locale)}
                  {d.languages.includes(n.locale) ? `, ${t("nationalLanguage")}` : ""})
                </span>
                <ProvenanceNote provenance={n.provenance} kind="name" translated={translatesAnother(d.names)} />
                {refs(`names.${n.locale}`)}
              </li>
            ))}
          </ul>
          {refs("names", "name")}
        </dd>
        {d.languages.length > 0 ? (
          <>
            <dt className="font-medium text-stone-700">{t("languages")}</dt>
            <dd>{d.languages.map((l) => languageName(l, locale)).join(", ")}</dd>
          </>
        ) : null}
        {d.originCountry ? (
          <>
            <dt className="font-medium text-stone-700">{t("origin")}</dt>
            <dd>{countryName(d.originCountry, locale)}</dd>
          </>
        ) : null}
      </dl>

      <section className="mt-8" aria-labelledby="presence">
        <h2 id="presence" className="text-xl font-semibold">
          {t("presence")}
        </h2>
        {d.presences.length === 0 ? (
          <p className="mt-3 text-stone-700">{t("presenceEmpty")}</p>
        ) : (
          <PresenceTable
            labelledBy="presence"
            locale={locale}
            headers={{
              subject: t("country"),
              population: t("population"),
              year: t("year"),
              note: t("note"),
              source: t("source"),
              populationUnknown: t("populationUnknown"),
              inferredFrom: tp("inferredFrom"),
            }}
            rows={d.presences.map((p) => ({
              ...p,
              key: `${p.countryCode}-${p.year ?? ""}`,
              subject: (
                <Link href={`/countries/${p.countryCode}`} className={linkClass}>
                  {countryName(p.countryCode, locale)}
                </Link>
              ),
            }))}
          />
        )}
      </section>

      <RelatedEntries
        organizations={d.organizations}
        organizationFilter={{ diaspora: d.slug }}
        events={d.events}
        showEventCountry
        citations={d.citations}
        labels={relatedLabels(t)}
        locale={locale}
      />

      <p className="mt-8 text-sm text-stone-600">
        {t("lastUpdated", { date: format.dateTime(new Date(d.updatedAt), { dateStyle: "long" }) })}
      </p>
    </article>
  );
}
