import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { SourceFigureView } from "@/lib/sources/get-source";
import { ProvenanceNote } from "./provenance-note";

const linkClass = "text-blue-800 underline underline-offset-2";

/** A short label for a link to a source's page: its authors and year ("V.A. Malakhov, and A.V. Smirnova (2019)"). */
const shortReference = (source: SourceFigureView["reportedBy"]) =>
  source.authors ? `${source.authors}${source.year ? ` (${source.year})` : ""}` : source.title;

/**
 * A figure a source reports: the value with its bound ("more than 80 %"), what it counts in the atlas's words, the
 * source's own words and where they are, who the source attributes it to, and the atlas's caveat. `showSource` names
 * the reporting source (on /stats; a source's own page does not repeat itself).
 */
export async function FigureCard({
  figure: f,
  locale,
  showSource,
}: {
  figure: SourceFigureView;
  locale: string;
  showSource: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("Source"), getFormatter()]);
  const value = f.unit === "PERCENT" ? format.number(f.value / 100, { style: "percent" }) : format.number(f.value);
  return (
    <figure className="rounded-lg border border-stone-300 bg-white p-4" data-figure={f.key}>
      <p className="text-lg">
        <strong className="text-2xl font-semibold">{t(`bound.${f.bound}`, { value })}</strong>{" "}
        <LocalizedTextView text={f.measure} pageLocale={locale} />
        <ProvenanceNote provenance="ATLAS" kind="description" />
      </p>
      <blockquote lang={f.quoteLocale} className="mt-3 border-l-4 border-stone-300 pl-3 text-stone-800">
        “{f.quote}”
      </blockquote>
      <figcaption className="mt-3 space-y-1 text-sm text-stone-700">
        {showSource ? (
          <p>
            {t("reportedBy")}{" "}
            <Link href={`/sources/${f.reportedBy.key}`} className={linkClass}>
              {shortReference(f.reportedBy)}
            </Link>
            , {f.locator}.
          </p>
        ) : (
          <p>{t("where", { locator: f.locator })}</p>
        )}
        {f.attributedTo ? (
          <p>
            {t("attributedTo", { footnote: f.footnote ?? "—" })}{" "}
            <Link href={`/sources/${f.attributedTo.key}`} className={linkClass}>
              {shortReference(f.attributedTo)}
            </Link>
            .
          </p>
        ) : null}
        <p>{f.asOfYear ? t("asOf", { year: String(f.asOfYear) }) : t("undated")}</p>
        {f.note ? (
          <p>
            <LocalizedTextView text={f.note} pageLocale={locale} />
            <ProvenanceNote provenance="ATLAS" kind="description" />
          </p>
        ) : null}
      </figcaption>
    </figure>
  );
}
