import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { SourcePage as Page } from "@/lib/sources/get-source";
import { CopyButton } from "@/components/citations/copy-button";
import { gostSource } from "@/lib/citations/gost";
import { FigureCard } from "./figure-card";
import { ReferenceText } from "./reference-text";

const heading = "mt-10 text-xl font-semibold";
const linkClass = "text-blue-800 underline underline-offset-2";

/** A source's own page: the record, the figures it reports, the works it cites, who cites it, the entries citing it. */
export async function SourcePage({ page, locale }: { page: Page; locale: string }) {
  const [t, tOrg, tCite, format] = await Promise.all([
    getTranslations("Source"),
    getTranslations("Organization"),
    getTranslations("Cite"),
    getFormatter(),
  ]);
  const accessed = (date: string | null) =>
    date ? tOrg("accessed", { date: format.dateTime(new Date(date), { dateStyle: "long", timeZone: "UTC" }) }) : null;
  const { source, references, citedBy, figures, entries } = page;
  // Footnotes in order; a footnote that cites several works is one item.
  const footnotes = [...new Set(references.map((r) => r.footnote))].map((n) => ({
    footnote: n,
    works: references.filter((r) => r.footnote === n),
  }));
  const gost = gostSource(source);
  const entryCount = entries.organizations.length + entries.events.length + entries.diasporas.length;
  return (
    <article className="break-words">
      <p className="text-sm font-medium uppercase tracking-wide text-stone-600">{t("kind")}</p>
      <h1 className="mt-1 text-title font-semibold leading-tight">{source.title}</h1>
      <p className="mt-4 max-w-3xl">
        <ReferenceText source={source} accessed={accessed(source.accessedOn)} archived={tOrg("archived")} />.
      </p>
      {source.note ? <p className="mt-2 max-w-3xl text-sm text-stone-700">{source.note}</p> : null}
      <section aria-labelledby="source-cite" className="mt-6 max-w-3xl rounded border border-stone-300 bg-white p-4">
        <h2 id="source-cite" className="font-semibold">
          {t("citeHeading")}
        </h2>
        <h3 className="mt-2 text-sm font-medium text-stone-700">{tCite("styles.gost")}</h3>
        <p className="mt-1">{gost}</p>
        <div className="mt-2">
          <CopyButton text={gost} label={tCite("copyLabel", { what: tCite("styles.gost") })} />
        </div>
      </section>

      {figures.length ? (
        <section aria-labelledby="source-figures">
          <h2 id="source-figures" className={heading}>
            {t("figuresHeading")}
          </h2>
          <div className="mt-3 grid gap-4 lg:grid-cols-2">
            {figures.map((f) => (
              <FigureCard key={f.key} figure={f} locale={locale} showSource={f.reportedBy.key !== source.key} />
            ))}
          </div>
        </section>
      ) : null}

      {footnotes.length ? (
        <section aria-labelledby="source-references">
          <h2 id="source-references" className={heading}>
            {t("referencesHeading", { count: references.length })}
          </h2>
          <ol className="mt-3 space-y-4">
            {footnotes.map(({ footnote, works }) => (
              <li key={footnote} id={`n${footnote}`} className="flex gap-3 target:bg-yellow-50">
                <span className="w-10 shrink-0 font-medium">{t("footnote", { number: footnote })}</span>
                <div className="min-w-0">
                  {works[0]?.context ? (
                    <blockquote lang={works[0].contextLocale ?? undefined} className="text-stone-800">
                      “{works[0].context}”
                    </blockquote>
                  ) : null}
                  {works[0]?.locator ? <p className="text-sm text-stone-600">{works[0].locator}</p> : null}
                  <ul className="mt-1 space-y-1">
                    {works.map((w) => (
                      <li key={w.cited.key}>
                        <ReferenceText source={w.cited} accessed={accessed(w.cited.accessedOn)} />.{" "}
                        <Link href={`/sources/${w.cited.key}`} className={`${linkClass} text-sm`}>
                          {t("open")}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {citedBy.length ? (
        <section aria-labelledby="source-cited-by">
          <h2 id="source-cited-by" className={heading}>
            {t("citedByHeading")}
          </h2>
          <ul className="mt-3 space-y-2">
            {citedBy.map((c) => (
              <li key={`${c.citing.key}-${c.footnote}`}>
                <Link href={`/sources/${c.citing.key}#n${c.footnote}`} className={linkClass}>
                  {c.citing.title}
                </Link>
                {", "}
                {t("footnote", { number: c.footnote })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="source-entries">
        <h2 id="source-entries" className={heading}>
          {t("entriesHeading", { count: entryCount })}
        </h2>
        {entryCount === 0 ? <p className="mt-3 text-stone-700">{t("noEntries")}</p> : null}
        {(
          [
            ["organizations", "/organizations", entries.organizations.map((o) => ({ ...o, text: o.name }))],
            ["events", "/events", entries.events.map((e) => ({ ...e, text: e.title }))],
            ["diasporas", "/diasporas", entries.diasporas.map((d) => ({ ...d, text: d.name }))],
          ] as const
        ).map(([kind, base, list]) =>
          list.length ? (
            <div key={kind}>
              <h3 className="mt-4 font-semibold">{t(`entries.${kind}`, { count: list.length })}</h3>
              <ul className="mt-2 columns-1 gap-6 sm:columns-2">
                {list.map((entry) => (
                  <li key={entry.slug} className="break-inside-avoid py-0.5">
                    <Link href={`${base}/${entry.slug}`} className={linkClass}>
                      <LocalizedTextView text={entry.text} pageLocale={locale} fallback={entry.slug} />
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null,
        )}
      </section>
    </article>
  );
}
